import "server-only";
import { randomBytes } from "node:crypto";
import { rolesIn, type Actor } from "../../auth/actor";
import { db } from "../../db";
import { AppError } from "../../errors";
import type { DossierStatus, StaffRole } from "../../generated/prisma/enums";
import { assertCurrentVersion, loadInScope } from "../../dossiers/load-for-change";
import { parseVnd } from "../money";
import { vnpDate } from "../vnpay/protocol";
import { PAYABLE_STATUSES } from "./start-online-payment";
import { settlePayment } from "./settle-payment";

export const CASH_AMOUNT_MISMATCH = "Số tiền thu phải đúng bằng tổng hóa đơn.";

/** Cash is collected by a counter officer of the competent or the receiving agency. */
export const collectsCash = (roles: readonly StaffRole[]) => roles.includes("COUNTER_OFFICER");

/** Why the dossier's bill cannot be collected now, or null: it must be unpaid, in a status where fees are paid. */
export function uncollectibleReason(d: { status: DossierStatus; bill: { state: string } | null }): string | null {
  if (d.bill?.state === "UNPAID" && (PAYABLE_STATUSES as readonly string[]).includes(d.status)) return null;
  return d.bill?.state === "PAID" ? "Hồ sơ đã được nộp phí, lệ phí." : "Hồ sơ không có khoản phí, lệ phí chờ nộp.";
}

/**
 * The counter officer records fees paid in cash at the one-stop counter. The amount typed must
 * equal the bill (no partial or excess payment), the currency is VND; a refusal stores nothing.
 */
export async function recordCashPayment(
  actor: Actor,
  dossierId: string,
  input: { amountVnd: unknown; currency: unknown; version: number },
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const dossier = await loadInScope(tx, actor, dossierId, {
      select: { bill: { select: { id: true, state: true, totalVnd: true } } },
      scope: "agency-or-receiving",
    });
    const roles = [dossier.agencyId, dossier.receivingAgencyId].flatMap((a) => (a ? rolesIn(actor, a) : []));
    if (!collectsCash(roles)) throw new AppError("FORBIDDEN", "Chỉ cán bộ Bộ phận Một cửa được thu phí, lệ phí.");
    await assertCurrentVersion(tx, dossier, input.version);
    const uncollectible = uncollectibleReason(dossier);
    if (uncollectible) throw new AppError("TRANSITION_NOT_ALLOWED", uncollectible);
    const bill = dossier.bill!;
    if (input.currency !== "VND") throw new AppError("INVALID_INPUT", "Chỉ thu bằng đồng Việt Nam (VND).");
    const amount = parseVnd(input.amountVnd);
    if (amount === null) throw new AppError("INVALID_INPUT", "Số tiền phải là số nguyên đồng, ví dụ 8000.");
    if (amount !== bill.totalVnd) throw new AppError("INVALID_INPUT", CASH_AMOUNT_MISMATCH);
    const payment = await tx.payment.create({
      data: {
        billId: bill.id,
        method: "CASH",
        amountVnd: amount,
        txnRef: `TM${vnpDate(now).slice(2, 8)}${randomBytes(5).toString("hex").toUpperCase()}`,
        recordedById: actor.userId,
        recordedByName: actor.fullName,
        createdAt: now,
      },
      select: { id: true },
    });
    await settlePayment(tx, payment.id, { state: "SUCCEEDED", responseCode: null }, now);
    return payment;
  });
}
