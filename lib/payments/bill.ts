import "server-only";
import type { Tx } from "../db/create-client";
import { AppError } from "../errors";
import { quotedPostage } from "../postal/quoted-postage";
import { billLines, billTotal } from "./bill-lines";

/**
 * Issues the dossier's bill from its procedure's fees and its postage, once: the amounts are
 * frozen at the moment payment is asked, so a later change of the catalogue does not change
 * what the citizen was told to pay. Refused when there is nothing to pay.
 */
export async function issueBill(tx: Tx, dossierId: string) {
  const existing = await tx.bill.findUnique({ where: { dossierId }, select: { id: true } });
  if (existing) return existing;
  const dossier = await tx.dossier.findUniqueOrThrow({
    where: { id: dossierId },
    select: { procedure: { select: { fees: { orderBy: { kind: "asc" } } } } },
  });
  const lines = billLines(dossier.procedure.fees, await quotedPostage(tx, dossierId));
  if (lines.length === 0)
    throw new AppError("TRANSITION_NOT_ALLOWED", "Thủ tục này không thu phí, lệ phí: không có gì để yêu cầu nộp.");
  return tx.bill.create({
    data: {
      dossierId,
      totalVnd: billTotal(lines),
      lines: { create: lines.map((l, position) => ({ ...l, position })) },
    },
    select: { id: true },
  });
}
