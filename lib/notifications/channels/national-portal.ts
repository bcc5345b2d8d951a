import "server-only";
import type { Sender } from "../sender";
import { postJson } from "./http-post";

/** What the national portal receives for one status change (docs/integration-api.md). */
export type NationalStatusPush = {
  messageId: string;
  dossierCode: string | null;
  status: string;
  statusName: string | null;
  previousStatus: string | null;
  changedAt: string | null;
};

/**
 * Status sync to the national portal (NĐ 224/2026): each status change of a dossier with the
 * national sync code of lib/dossiers/status.ts, to NATIONAL_PORTAL_URL. The worker hands a dossier's rows
 * over one at a time, in order, and retries each until the portal acknowledges it with 2xx
 * (decision 014); Idempotency-Key = outbox id lets the portal drop a resend after a crash.
 * Without an endpoint there is no sender and the rows wait PENDING.
 */
export function nationalPortalSender(url: string | undefined): Sender | null {
  if (!url) return null;
  return (m) => {
    const p = (m.payload ?? {}) as Record<string, unknown>;
    const str = (v: unknown) => (typeof v === "string" ? v : null);
    const push: NationalStatusPush = {
      messageId: m.id,
      dossierCode: str(p.code),
      status: str(p.status) ?? "",
      statusName: str(p.statusLabel),
      previousStatus: str(p.previousStatus),
      changedAt: str(p.changedAt),
    };
    return postJson(url, push, m.id);
  };
}
