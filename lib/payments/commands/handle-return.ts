import "server-only";
import { db } from "../../db";
import { gatewayConfig } from "../config";
import { httpTransport, queryTransaction, type QueryTransport } from "../vnpay/client";
import { TXN } from "../vnpay/protocol";
import { verifyParams, type Params } from "../vnpay/sign";
import { settlementOf } from "./handle-notification";
import { settlePayment } from "./settle-payment";
import { fromGatewayAmount } from "../money";

/**
 * The citizen's browser comes back from the gateway. Its parameters are only a hint (the browser
 * may be tampered with): a payment still pending is settled from a query to the gateway, never
 * from the return itself. Returns the dossier to show, or null when the return is not ours.
 */
export async function handleReturn(params: Params, transport?: QueryTransport): Promise<string | null> {
  const config = gatewayConfig();
  if (!verifyParams(params, config.hashSecret)) return null;
  const payment = await db.payment.findUnique({
    where: { txnRef: params.vnp_TxnRef ?? "" },
    select: {
      id: true,
      state: true,
      txnRef: true,
      createdAt: true,
      amountVnd: true,
      bill: { select: { dossierId: true } },
    },
  });
  if (!payment) return null;
  if (payment.state === "PENDING") {
    const answer = await queryTransaction(config, transport ?? httpTransport(config.queryUrl), {
      txnRef: payment.txnRef,
      createdAt: payment.createdAt,
      ipAddr: "127.0.0.1",
    });
    if (
      answer.kind === "found" &&
      answer.params.vnp_TransactionStatus !== TXN.PENDING &&
      fromGatewayAmount(answer.params.vnp_Amount) === payment.amountVnd
    ) {
      await db.$transaction((tx) => settlePayment(tx, payment.id, settlementOf(answer.params)));
    }
  }
  return payment.bill.dossierId;
}
