import "server-only";
import { randomBytes } from "node:crypto";
import { agencyIdsOf, rolesIn, type Actor } from "../../auth/actor";
import { db } from "../../db";
import { AppError, notFound } from "../../errors";
import { staleDossierError } from "../../dossiers/stale";
import { parseVnd } from "../money";
import { vnpDate } from "../vnpay/protocol";
import { PAYABLE_STATUSES } from "./start-online-payment";
import { settlePayment } from "./settle-payment";

export const CASH_AMOUNT_MISMATCH = "Số tiền thu phải đúng bằng tổng hóa đơn.";

/**
 * The counter officer records fees paid in cash at the one-stop counter. The amount typed must
 * equal the bill (no partial or excess payment), the currency is VND; a refusal stores nothing.
 */
export async function recordCashPayment(actor: Actor, dossierId: string, input: { amountVnd: unknown; currency: unknown; version: number }, now = new Date()) {
  const agencyIds = agencyIdsOf(actor);
  if (agencyIds.length === 0) throw notFound();
  return db.$transaction(async (tx) => {
    const dossier = await tx.dossier.findFirst({
      where: { id: dossierId, status: { not: "DRAFT" }, OR: [{ agencyId: { in: agencyIds } }, { receivingAgencyId: { in: agencyIds } }] },
      select: { id: true, version: true, status: true, agencyId: true, receivingAgencyId: true, bill: { select: { id: true, state: true, totalVnd: true } } },
    });
    if (!dossier) throw notFound();
    const roles = [dossier.agencyId, dossier.receivingAgencyId].flatMap((a) => (a ? rolesIn(actor, a) : []));
    if (!roles.includes("COUNTER_OFFICER")) throw new AppError("FORBIDDEN", "Chỉ cán bộ Bộ phận Một cửa được thu phí, lệ phí.");
    if (dossier.version !== input.version) throw await staleDossierError(tx, dossier.id);
    const bill = dossier.bill;
    if (!bill || bill.state !== "UNPAID" || !(PAYABLE_STATUSES as readonly string[]).includes(dossier.status)) {
      throw new AppError("TRANSITION_NOT_ALLOWED", bill?.state === "PAID" ? "Hồ sơ đã được nộp phí, lệ phí." : "Hồ sơ không có khoản phí, lệ phí chờ nộp.");
    }
    if (input.currency !== "VND") throw new AppError("INVALID_INPUT", "Chỉ thu bằng đồng Việt Nam (VND).");
    const amount = parseVnd(input.amountVnd);
    if (amount === null) throw new AppError("INVALID_INPUT", "Số tiền phải là số nguyên đồng, ví dụ 8000.");
    if (amount !== bill.totalVnd) throw new AppError("INVALID_INPUT", CASH_AMOUNT_MISMATCH);
    const payment = await tx.payment.create({
      data: { billId: bill.id, method: "CASH", amountVnd: amount, txnRef: `TM${vnpDate(now).slice(2, 8)}${randomBytes(5).toString("hex").toUpperCase()}`, recordedById: actor.userId, recordedByName: actor.fullName, createdAt: now },
      select: { id: true },
    });
    await settlePayment(tx, payment.id, { state: "SUCCEEDED", responseCode: null }, now);
    return payment;
  });
}
