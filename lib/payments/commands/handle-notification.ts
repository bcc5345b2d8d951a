import "server-only";
import { db } from "../../db";
import { gatewayConfig } from "../config";
import { fromGatewayAmount } from "../money";
import { IPN_ANSWER, TXN, type IpnAnswer } from "../vnpay/protocol";
import { verifyParams, type Params } from "../vnpay/sign";
import { settlePayment, type Settlement } from "./settle-payment";

/** What a signed result (IPN, return or query answer) says about the transaction. */
export function settlementOf(p: Params): Settlement {
  const raw = { ...p };
  if (p.vnp_ResponseCode === TXN.SUCCESS && p.vnp_TransactionStatus === TXN.SUCCESS) {
    return {
      state: "SUCCEEDED",
      gatewayTxnNo: p.vnp_TransactionNo ?? null,
      responseCode: p.vnp_ResponseCode,
      bankCode: p.vnp_BankCode ?? null,
      raw,
    };
  }
  return {
    state: p.vnp_ResponseCode === TXN.CANCELLED_BY_CUSTOMER ? "CANCELLED" : "FAILED",
    responseCode: p.vnp_ResponseCode ?? null,
    raw,
  };
}

/**
 * The gateway's server-to-server notification (IPN). Checked in the protocol's order: signature
 * (97), reference (01), amount (04), already settled (02); then settled exactly once (00). Any
 * other failure answers 99 so the gateway tries again; nothing is changed on a refusal.
 */
export async function handleNotification(params: Params, now = new Date()): Promise<IpnAnswer> {
  const config = gatewayConfig();
  if (!verifyParams(params, config.hashSecret) || params.vnp_TmnCode !== config.tmnCode)
    return IPN_ANSWER.INVALID_SIGNATURE;
  try {
    return await db.$transaction(async (tx) => {
      const payment = await tx.payment.findUnique({
        where: { txnRef: params.vnp_TxnRef ?? "" },
        select: { id: true, method: true, state: true, amountVnd: true },
      });
      if (!payment || payment.method !== "ONLINE") return IPN_ANSWER.ORDER_NOT_FOUND;
      if (fromGatewayAmount(params.vnp_Amount) !== payment.amountVnd) return IPN_ANSWER.INVALID_AMOUNT;
      if (payment.state !== "PENDING") return IPN_ANSWER.ALREADY_CONFIRMED;
      const settled = await settlePayment(tx, payment.id, settlementOf(params), now);
      return settled ? IPN_ANSWER.OK : IPN_ANSWER.ALREADY_CONFIRMED;
    });
  } catch (e) {
    console.error("Payment notification failed:", e);
    return IPN_ANSWER.UNKNOWN_ERROR;
  }
}
