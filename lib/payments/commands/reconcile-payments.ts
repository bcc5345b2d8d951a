import "server-only";
import { db } from "../../db";
import { gatewayConfig } from "../config";
import { fromGatewayAmount } from "../money";
import { httpTransport, queryTransaction, type QueryTransport } from "../vnpay/client";
import { TXN } from "../vnpay/protocol";
import { settlementOf } from "./handle-notification";
import { settlePayment } from "./settle-payment";

/** A pending payment is asked about after this long without a notification. */
export const QUERY_AFTER_MS = 5 * 60_000;

export type ReconcileReport = { settled: number; expired: number; stillPending: number };

/**
 * Payments whose notification never came: ask the gateway (querydr) and settle what it knows;
 * expire what it has not finished once the payment's time is over (vnp_ExpireDate). Each
 * settlement is guarded like the IPN's, so running this while a notification arrives is safe.
 */
export async function reconcilePayments(
  opts: { now?: Date; transport?: QueryTransport } = {},
): Promise<ReconcileReport> {
  const now = opts.now ?? new Date();
  const config = gatewayConfig();
  const transport = opts.transport ?? httpTransport(config.queryUrl);
  const pending = await db.payment.findMany({
    where: { method: "ONLINE", state: "PENDING", createdAt: { lte: new Date(now.getTime() - QUERY_AFTER_MS) } },
    select: { id: true, txnRef: true, createdAt: true, expiresAt: true, amountVnd: true },
    orderBy: { createdAt: "asc" },
    take: 200,
  });
  const report: ReconcileReport = { settled: 0, expired: 0, stillPending: 0 };
  for (const p of pending) {
    const answer = await queryTransaction(config, transport, {
      txnRef: p.txnRef,
      createdAt: p.createdAt,
      ipAddr: "127.0.0.1",
    });
    const finished = answer.kind === "found" && answer.params.vnp_TransactionStatus !== TXN.PENDING;
    if (finished && fromGatewayAmount(answer.params.vnp_Amount) === p.amountVnd) {
      if (await db.$transaction((tx) => settlePayment(tx, p.id, settlementOf(answer.params), now))) report.settled += 1;
      continue;
    }
    if (finished)
      console.error(
        `Payment ${p.txnRef}: the gateway reports another amount (${answer.params.vnp_Amount}); left for review.`,
      );
    const over = (p.expiresAt ?? p.createdAt).getTime() + QUERY_AFTER_MS <= now.getTime();
    // An answer we could not trust (error) never expires a payment: the money may have moved.
    if (over && answer.kind !== "error" && !finished) {
      if (
        await db.$transaction((tx) =>
          settlePayment(
            tx,
            p.id,
            { state: "EXPIRED", responseCode: answer.kind === "unknown" ? "91" : TXN.PENDING },
            now,
          ),
        )
      )
        report.expired += 1;
      continue;
    }
    report.stillPending += 1;
  }
  return report;
}
