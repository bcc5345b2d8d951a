import "server-only";
import type { Sender } from "../sender";
import { postJson } from "./http-post";

/**
 * Status sync to the national portal (NĐ 224/2026), minimal: the payload as written by
 * recordTransition, to a configured endpoint. Without an endpoint there is no sender and the
 * rows wait PENDING (the integration issue builds the full sync, in order per dossier).
 */
export function nationalPortalSender(url: string | undefined): Sender | null {
  if (!url) return null;
  return (m) => postJson(url, { id: m.id, dossierId: m.dossierId, ...(m.payload as object) }, m.id);
}
