import { randomInt } from "node:crypto";
import { fromGatewayAmount } from "../money";
import { QUERY_CODE, TXN, vnpDate } from "../vnpay/protocol";
import {
  QUERY_REQUEST_FIELDS,
  QUERY_RESPONSE_FIELDS,
  signedQuery,
  signParams,
  signPiped,
  verifyParams,
  verifyPiped,
  type Params,
} from "../vnpay/sign";

// The gateway's side of the VNPay 2.1.0 protocol, for development and tests only (see
// docs/decisions/010-payment-gateway.md): it checks the merchant's signed redirect, lets the
// tester pay, cancel or fail, signs the return and the IPN, and answers querydr. Transactions
// live in this process's memory: the simulator is a stand-in, not a ledger.

export type Choice = "pay" | "cancel" | "fail";
type Txn = { params: Params; amountVnd: number; result?: Params };
export type SimulatorKeys = { tmnCode: string; hashSecret: string };

const store = globalThis as unknown as { gatewaySimulator?: Map<string, Txn> };
const transactions = () => (store.gatewaySimulator ??= new Map());

const RESPONSE: Record<Choice, { code: string; status: string }> = {
  pay: { code: TXN.SUCCESS, status: TXN.SUCCESS },
  cancel: { code: TXN.CANCELLED_BY_CUSTOMER, status: "02" },
  fail: { code: "51", status: "02" }, // 51: insufficient funds
};

/** Checks a payment redirect; returns the transaction's reference and amount, or why it is refused. */
export function openTransaction(
  keys: SimulatorKeys,
  params: Params,
): { ok: true; txnRef: string; amountVnd: number; orderInfo: string } | { ok: false; reason: string } {
  if (!verifyParams(params, keys.hashSecret)) return { ok: false, reason: "Sai chữ ký (vnp_SecureHash)." };
  if (params.vnp_TmnCode !== keys.tmnCode) return { ok: false, reason: "Mã website (vnp_TmnCode) không tồn tại." };
  if (params.vnp_Command !== "pay" || params.vnp_Version !== "2.1.0")
    return { ok: false, reason: "Lệnh hoặc phiên bản không hỗ trợ." };
  if (params.vnp_CurrCode !== "VND") return { ok: false, reason: "Loại tiền tệ không hỗ trợ." };
  const amountVnd = fromGatewayAmount(params.vnp_Amount);
  if (!amountVnd || !params.vnp_TxnRef || !params.vnp_ReturnUrl)
    return { ok: false, reason: "Thiếu tham số hoặc số tiền không hợp lệ." };
  const existing = transactions().get(params.vnp_TxnRef);
  if (existing?.result) return { ok: false, reason: "Giao dịch đã được xử lý." };
  transactions().set(params.vnp_TxnRef, { params, amountVnd });
  return { ok: true, txnRef: params.vnp_TxnRef, amountVnd, orderInfo: params.vnp_OrderInfo ?? "" };
}

/** The tester's choice: the signed parameters of the return URL and of the IPN (the same), and where to return. */
export function decide(
  keys: SimulatorKeys,
  txnRef: string,
  choice: Choice,
  now = new Date(),
): { params: Params; query: string; returnUrl: string } | null {
  const txn = transactions().get(txnRef);
  if (!txn || txn.result) return null;
  const r = RESPONSE[choice];
  const params: Params = {
    vnp_Amount: txn.params.vnp_Amount,
    vnp_BankCode: "NCB",
    vnp_CardType: "ATM",
    vnp_OrderInfo: txn.params.vnp_OrderInfo ?? "",
    vnp_PayDate: vnpDate(now),
    vnp_ResponseCode: r.code,
    vnp_TmnCode: keys.tmnCode,
    vnp_TransactionNo: choice === "cancel" ? "0" : String(14_000_000 + randomInt(1_000_000)),
    vnp_TransactionStatus: r.status,
    vnp_TxnRef: txnRef,
  };
  if (choice !== "cancel") params.vnp_BankTranNo = `VNP${params.vnp_TransactionNo}`;
  txn.result = params;
  return {
    params: { ...params, vnp_SecureHash: signParams(params, keys.hashSecret) },
    query: signedQuery(params, keys.hashSecret),
    returnUrl: txn.params.vnp_ReturnUrl,
  };
}

/** querydr: the signed state of one transaction (91 when the gateway never saw it). */
export function answerQuery(keys: SimulatorKeys, body: Params): Params {
  const base = {
    vnp_ResponseId: body.vnp_RequestId ?? "",
    vnp_Command: "querydr",
    vnp_TmnCode: keys.tmnCode,
    vnp_TxnRef: body.vnp_TxnRef ?? "",
  };
  const sign = (p: Params) => ({ ...p, vnp_SecureHash: signPiped(QUERY_RESPONSE_FIELDS, p, keys.hashSecret) });
  if (!verifyPiped(QUERY_REQUEST_FIELDS, body, keys.hashSecret) || body.vnp_TmnCode !== keys.tmnCode) {
    return sign({ ...base, vnp_ResponseCode: QUERY_CODE.INVALID_SIGNATURE, vnp_Message: "Invalid checksum" });
  }
  const txn = transactions().get(body.vnp_TxnRef);
  if (!txn) return sign({ ...base, vnp_ResponseCode: QUERY_CODE.NOT_FOUND, vnp_Message: "Transaction not found" });
  const r = txn.result;
  return sign({
    ...base,
    vnp_ResponseCode: QUERY_CODE.FOUND,
    vnp_Message: "Query success",
    vnp_Amount: txn.params.vnp_Amount,
    vnp_BankCode: r?.vnp_BankCode ?? "",
    vnp_PayDate: r?.vnp_PayDate ?? "",
    vnp_TransactionNo: r?.vnp_TransactionNo ?? "",
    vnp_TransactionType: "01",
    // 01: not finished yet (the citizen is still on the gateway's page, or left it).
    vnp_TransactionStatus: r?.vnp_TransactionStatus ?? TXN.PENDING,
    vnp_OrderInfo: txn.params.vnp_OrderInfo ?? "",
    vnp_PromotionCode: "",
    vnp_PromotionAmount: "",
  });
}
