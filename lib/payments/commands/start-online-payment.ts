import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor } from "../../auth/actor";
import { db } from "../../db";
import { AppError, notFound } from "../../errors";
import { gatewayConfig } from "../config";
import { parseVnd } from "../money";
import { payUrl } from "../vnpay/client";
import { vnpDate } from "../vnpay/protocol";

/** Statuses in which the citizen may pay an issued bill. */
export const PAYABLE_STATUSES = ["RECEIVED", "PROCESSING", "AWAITING_PAYMENT", "RESOLVED"] as const;

/** vnp_TxnRef: unique, alphanumeric, the day first so the gateway's daily uniqueness holds. */
const newTxnRef = (now: Date) => `${vnpDate(now).slice(2, 8)}${randomBytes(6).toString("hex").toUpperCase()}`;

export const TAMPERED = "Số tiền hoặc loại tiền không khớp với hóa đơn của hồ sơ: giao dịch không được tạo.";

/**
 * The applicant starts an online payment of the whole bill: a pending Payment and the signed
 * redirect to the gateway. The amount is the server's; the one the page showed (and sent back)
 * must be the same, or nothing is created.
 */
export async function startOnlinePayment(
  actor: Actor,
  dossierId: string,
  input: { amountVnd?: unknown; currency?: unknown },
  now = new Date(),
): Promise<{ redirectUrl: string; txnRef: string }> {
  const config = gatewayConfig();
  return db.$transaction(async (tx) => {
    const dossier = await tx.dossier.findFirst({
      where: { id: dossierId, applicantId: actor.userId, status: { not: "DRAFT" } },
      select: { id: true, code: true, status: true, bill: { select: { id: true, state: true, totalVnd: true } } },
    });
    if (!dossier) throw notFound();
    const bill = dossier.bill;
    if (!bill || bill.state !== "UNPAID")
      throw new AppError(
        "TRANSITION_NOT_ALLOWED",
        bill ? "Hồ sơ đã được nộp phí, lệ phí." : "Hồ sơ chưa có yêu cầu nộp phí, lệ phí.",
      );
    if (!(PAYABLE_STATUSES as readonly string[]).includes(dossier.status))
      throw new AppError("TRANSITION_NOT_ALLOWED", "Hồ sơ ở trạng thái hiện tại không thể thanh toán.");
    if (parseVnd(input.amountVnd) !== bill.totalVnd || input.currency !== "VND")
      throw new AppError("INVALID_INPUT", TAMPERED);
    const txnRef = newTxnRef(now);
    const expiresAt = new Date(now.getTime() + config.timeoutMinutes * 60_000);
    await tx.payment.create({
      data: { billId: bill.id, method: "ONLINE", amountVnd: bill.totalVnd, txnRef, createdAt: now, expiresAt },
    });
    const redirectUrl = payUrl(config, {
      txnRef,
      amountVnd: bill.totalVnd,
      description: `Thanh toan phi le phi ho so ${dossier.code}`,
      ipAddr: actor.ip || "127.0.0.1",
      createdAt: now,
    });
    return { redirectUrl, txnRef };
  });
}
