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
  const dossier = await tx.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { procedure: { select: { fees: { orderBy: { kind: "asc" } } } } } });
  const lines = billLines(dossier.procedure.fees, await quotedPostage(tx, dossierId));
  if (lines.length === 0) throw new AppError("TRANSITION_NOT_ALLOWED", "Thủ tục này không thu phí, lệ phí: không có gì để yêu cầu nộp.");
  return tx.bill.create({
    data: { dossierId, totalVnd: billTotal(lines), lines: { create: lines.map((l, position) => ({ ...l, position })) } },
    select: { id: true },
  });
}

/**
 * TT 01/2018 and the procedure's own terms: when the procedure requires the fees before
 * processing, a received dossier may not go on to processing until its bill is paid.
 */
export async function assertPaidBeforeProcessing(tx: Tx, dossierId: string) {
  const d = await tx.dossier.findUniqueOrThrow({
    where: { id: dossierId },
    select: { bill: { select: { state: true } }, procedure: { select: { paymentBeforeProcessing: true, fees: { where: { amountVnd: { gt: 0 } }, select: { id: true } } } } },
  });
  if (!d.procedure.paymentBeforeProcessing || d.procedure.fees.length === 0 || d.bill?.state === "PAID") return;
  throw new AppError("TRANSITION_NOT_ALLOWED", "Thủ tục này yêu cầu nộp phí, lệ phí trước khi xử lý: hãy \"Yêu cầu nộp phí, lệ phí\" và chờ người nộp thanh toán.");
}
