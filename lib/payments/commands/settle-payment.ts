import "server-only";
import type { Tx } from "../../db/create-client";
import type { Prisma } from "../../generated/prisma/client";
import { recordTransition } from "../../dossiers/record-transition";
import { formatVnd } from "../money";

export type Settlement =
  | {
      state: "SUCCEEDED";
      gatewayTxnNo?: string | null;
      responseCode?: string | null;
      bankCode?: string | null;
      raw?: Prisma.InputJsonValue;
    }
  | { state: "FAILED" | "CANCELLED" | "EXPIRED"; responseCode?: string | null; raw?: Prisma.InputJsonValue };

/**
 * Settles a pending payment exactly once, in the caller's transaction: the update is guarded by
 * state PENDING, so a replayed notification, a late query and a concurrent IPN find nothing left
 * to do (returns false). A success pays the bill and, when the dossier waits for it
 * (AWAITING_PAYMENT), moves it on to processing (CONFIRM_PAYMENT, by the system); a second
 * success on a bill already paid is recorded and refunded at once.
 */
export async function settlePayment(tx: Tx, paymentId: string, s: Settlement, now = new Date()): Promise<boolean> {
  const success = s.state === "SUCCEEDED";
  const updated = await tx.payment.updateMany({
    where: { id: paymentId, state: "PENDING" },
    data: {
      state: s.state,
      settledAt: now,
      responseCode: s.responseCode ?? null,
      rawNotification: s.raw,
      ...(success ? { gatewayTxnNo: s.gatewayTxnNo ?? null, bankCode: s.bankCode ?? null } : {}),
    },
  });
  if (updated.count !== 1) return false;
  if (!success) return true;

  const payment = await tx.payment.findUniqueOrThrow({
    where: { id: paymentId },
    select: {
      id: true,
      txnRef: true,
      amountVnd: true,
      method: true,
      billId: true,
      bill: { select: { dossierId: true } },
    },
  });
  await tx.payment.update({ where: { id: paymentId }, data: { receiptNumber: `BL-${payment.txnRef}` } });
  const paid = await tx.bill.updateMany({
    where: { id: payment.billId, state: "UNPAID" },
    data: { state: "PAID", paidAt: now },
  });
  if (paid.count !== 1) {
    await tx.refund.create({
      data: {
        billId: payment.billId,
        paymentId,
        amountVnd: payment.amountVnd,
        reason: "Hoàn trả khoản nộp trùng: hồ sơ đã được nộp phí, lệ phí trước đó.",
      },
    });
    return true;
  }
  const dossier = await tx.dossier.findUniqueOrThrow({
    where: { id: payment.bill.dossierId },
    select: { id: true, version: true, status: true, agencyId: true, applicantEmail: true, code: true },
  });
  if (dossier.status === "AWAITING_PAYMENT") {
    const how = payment.method === "CASH" ? "bằng tiền mặt tại Bộ phận Một cửa" : "trực tuyến";
    await recordTransition(tx, {
      dossier,
      action: "CONFIRM_PAYMENT",
      to: "PROCESSING",
      actorId: null,
      agencyId: dossier.agencyId,
      note: `Đã nộp ${formatVnd(payment.amountVnd)} ${how} (biên lai ${`BL-${payment.txnRef}`}).`,
    });
  }
  return true;
}
