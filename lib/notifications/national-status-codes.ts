// The status codes the national public-service portal syncs (NĐ 224/2026), in the order of the
// statuses they stand for. The outbox speaks them (the national push, the webhook topics and
// events); the dossier core maps its statuses onto them (STATUS_INFO in lib/dossiers/status.ts).
// Safe for the browser.
export const NATIONAL_STATUS_CODES = [
  "receiving",
  "new",
  "denied",
  "processing",
  "waiting",
  "paying",
  "cancelled",
  "unresolved",
  "releasing",
  "done",
] as const;

export type NationalStatusCode = (typeof NATIONAL_STATUS_CODES)[number];
