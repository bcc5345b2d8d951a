import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { dossierRecordsScope } from "../dossiers/access";
import { AppError, notFound } from "../errors";
import { currentBillLines } from "./bill";
import { billTotal, type Line } from "./bill-lines";

export type BillPreview =
  | { ok: true; lines: Line[]; totalVnd: number }
  /** A quantity the fee depends on is not valid yet: the message says which answer to correct. */
  | { ok: false; error: string };

/**
 * What the bill will ask, before the dossier is submitted: the same lines the agency's bill is
 * issued with (./bill.ts), from the answers and postal choice saved so far. The applicant's own
 * dossier, or the agencies' that hold it; anyone else gets "not found".
 */
export async function billPreviewFor(actor: Actor, dossierId: string): Promise<BillPreview> {
  const dossier = await db.dossier.findFirst({
    where: { id: dossierId, ...dossierRecordsScope(actor) },
    select: { id: true },
  });
  if (!dossier) throw notFound();
  try {
    const lines = await currentBillLines(db, dossier.id);
    return { ok: true, lines, totalVnd: billTotal(lines) };
  } catch (error) {
    if (error instanceof AppError && error.code === "INVALID_INPUT") return { ok: false, error: error.message };
    throw error;
  }
}
