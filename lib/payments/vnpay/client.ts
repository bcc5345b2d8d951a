import { randomUUID } from "node:crypto";
import { toGatewayAmount } from "../money";
import { orderInfo, QUERY_CODE, vnpDate, VNP_VERSION } from "./protocol";
import {
  QUERY_REQUEST_FIELDS,
  QUERY_RESPONSE_FIELDS,
  signedQuery,
  signPiped,
  verifyPiped,
  vnpParams,
  type Params,
} from "./sign";

// The merchant side of the protocol: the signed redirect and the query by reference (querydr).

export type ClientConfig = {
  payUrl: string;
  queryUrl: string;
  tmnCode: string;
  hashSecret: string;
  returnUrl: string;
  timeoutMinutes: number;
};

export type PayRequest = { txnRef: string; amountVnd: number; description: string; ipAddr: string; createdAt: Date };

export function payRequestParams(config: ClientConfig, r: PayRequest): Params {
  return {
    vnp_Version: VNP_VERSION,
    vnp_Command: "pay",
    vnp_TmnCode: config.tmnCode,
    vnp_Amount: toGatewayAmount(r.amountVnd),
    vnp_CurrCode: "VND",
    vnp_TxnRef: r.txnRef,
    vnp_OrderInfo: orderInfo(r.description),
    vnp_OrderType: "billpayment",
    vnp_Locale: "vn",
    vnp_ReturnUrl: config.returnUrl,
    vnp_IpAddr: r.ipAddr,
    vnp_CreateDate: vnpDate(r.createdAt),
    vnp_ExpireDate: vnpDate(new Date(r.createdAt.getTime() + config.timeoutMinutes * 60_000)),
  };
}

/** The URL the citizen's browser is sent to. */
export function payUrl(config: ClientConfig, r: PayRequest): string {
  return `${config.payUrl}?${signedQuery(payRequestParams(config, r), config.hashSecret)}`;
}

/** What a query says about one transaction; "unknown" when the gateway never saw it. */
export type QueryOutcome = { kind: "found"; params: Params } | { kind: "unknown" } | { kind: "error"; reason: string };

export type QueryTransport = (body: Params) => Promise<unknown>;

export const httpTransport =
  (url: string): QueryTransport =>
  async (body) => {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
    return res.json();
  };

export function queryRequest(
  config: ClientConfig,
  r: { txnRef: string; createdAt: Date; ipAddr: string },
  now = new Date(),
): Params {
  const body: Params = {
    vnp_RequestId: randomUUID().replace(/-/g, "").slice(0, 32),
    vnp_Version: VNP_VERSION,
    vnp_Command: "querydr",
    vnp_TmnCode: config.tmnCode,
    vnp_TxnRef: r.txnRef,
    vnp_OrderInfo: orderInfo(`Truy van giao dich ${r.txnRef}`),
    vnp_TransactionDate: vnpDate(r.createdAt),
    vnp_CreateDate: vnpDate(now),
    vnp_IpAddr: r.ipAddr,
  };
  return { ...body, vnp_SecureHash: signPiped(QUERY_REQUEST_FIELDS, body, config.hashSecret) };
}

/** Asks the gateway about a transaction; an answer with a bad signature is not believed. */
export async function queryTransaction(
  config: ClientConfig,
  transport: QueryTransport,
  r: { txnRef: string; createdAt: Date; ipAddr: string },
): Promise<QueryOutcome> {
  let answer: unknown;
  try {
    answer = await transport(queryRequest(config, r));
  } catch (e) {
    return { kind: "error", reason: e instanceof Error ? e.message : String(e) };
  }
  const params = vnpParams(Object.entries((answer ?? {}) as Record<string, unknown>));
  if (!verifyPiped(QUERY_RESPONSE_FIELDS, params, config.hashSecret))
    return { kind: "error", reason: "invalid signature on the query answer" };
  if (params.vnp_ResponseCode === QUERY_CODE.NOT_FOUND) return { kind: "unknown" };
  if (params.vnp_ResponseCode !== QUERY_CODE.FOUND || params.vnp_TxnRef !== r.txnRef)
    return { kind: "error", reason: `querydr answered ${params.vnp_ResponseCode}` };
  return { kind: "found", params };
}
