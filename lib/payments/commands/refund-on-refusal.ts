import "server-only";
import type { Tx } from "../../db/create-client";

/**
 * A dossier refused after its fees were paid: the successful payment is recorded as to be given
 * back to the applicant (the refusal itself is what the law charges no fee for, so the bill is
 * refunded in full). Once per payment (Refund.paymentId is unique).
 */
export async function refundOnRefusal(tx: Tx, dossierId: string, actorId: string | null) {
  const bill = await tx.bill.findUnique({
    where: { dossierId },
    select: {
      id: true,
      state: true,
      payments: { where: { state: "SUCCEEDED", refunds: { none: {} } }, select: { id: true, amountVnd: true } },
    },
  });
  if (!bill || bill.state !== "PAID") return;
  for (const p of bill.payments) {
    await tx.refund.create({
      data: {
        billId: bill.id,
        paymentId: p.id,
        amountVnd: p.amountVnd,
        reason: "Hoàn trả phí, lệ phí: hồ sơ bị từ chối giải quyết sau khi đã nộp.",
        recordedById: actorId,
      },
    });
  }
  await tx.bill.update({ where: { id: bill.id }, data: { state: "REFUNDED" } });
}
