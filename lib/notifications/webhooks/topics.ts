// Webhook topics: one per national status code of DOMAIN.md §4 (`dossier.new`, `dossier.done`…),
// so a subscriber names the changes it cares about with the codes every portal already uses.
import { STATUS_INFO } from "../../dossiers/status";
import type { DossierStatus } from "../../generated/prisma/enums";

export const WEBHOOK_TOPICS = Object.values(STATUS_INFO)
  .map((s) => s.nationalCode)
  .filter((c): c is string => c !== null)
  .map((c) => `dossier.${c}`) as [string, ...string[]];

/** The topic of a change to `status`, or null for a status that is not synced (DRAFT). */
export function topicOf(status: DossierStatus): string | null {
  const code = STATUS_INFO[status].nationalCode;
  return code ? `dossier.${code}` : null;
}
