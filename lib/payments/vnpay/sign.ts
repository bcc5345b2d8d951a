import { createHmac, timingSafeEqual } from "node:crypto";

// Signing of the VNPay 2.1.0 protocol, pure (no settings, no database) so it is unit-tested with
// a fixed vector. The redirect and the notifications are signed with HMAC-SHA512 over the vnp_*
// parameters sorted by name, each value URL-encoded as the gateway's own samples do
// (encodeURIComponent with spaces as "+"), joined as a query string; vnp_SecureHash and
// vnp_SecureHashType are not part of the signed data. The query API (querydr) signs its JSON
// fields joined by "|" in a fixed order instead.

export type Params = Record<string, string>;

const encode = (v: string) => encodeURIComponent(v).replace(/%20/g, "+");

/** The signed data: sorted, URL-encoded "k=v&k=v" of every vnp_* parameter but the hash itself. */
export function signedData(params: Params): string {
  return Object.keys(params)
    .filter((k) => k.startsWith("vnp_") && k !== "vnp_SecureHash" && k !== "vnp_SecureHashType" && params[k] !== "")
    .sort()
    .map((k) => `${encode(k)}=${encode(params[k])}`)
    .join("&");
}

export const hmacSha512 = (secret: string, data: string) =>
  createHmac("sha512", secret).update(Buffer.from(data, "utf8")).digest("hex");

export function signParams(params: Params, secret: string): string {
  return hmacSha512(secret, signedData(params));
}

/** The query string of a signed request: the sorted parameters and vnp_SecureHash last. */
export function signedQuery(params: Params, secret: string): string {
  return `${signedData(params)}&vnp_SecureHash=${signParams(params, secret)}`;
}

/** Constant-time comparison of two hex digests (case-insensitive, as the gateway sends upper or lower). */
export function sameDigest(a: string | null | undefined, b: string): boolean {
  if (!a || !/^[0-9a-f]+$/i.test(a) || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a.toLowerCase()), Buffer.from(b.toLowerCase()));
}

/** Whether a return or notification carries a valid vnp_SecureHash for its other parameters. */
export function verifyParams(params: Params, secret: string): boolean {
  return sameDigest(params.vnp_SecureHash, signParams(params, secret));
}

/** Field order of the querydr request's signed data (VNPay API 2.1.0). */
export const QUERY_REQUEST_FIELDS = [
  "vnp_RequestId",
  "vnp_Version",
  "vnp_Command",
  "vnp_TmnCode",
  "vnp_TxnRef",
  "vnp_TransactionDate",
  "vnp_CreateDate",
  "vnp_IpAddr",
  "vnp_OrderInfo",
] as const;
/** Field order of the querydr answer's signed data. */
export const QUERY_RESPONSE_FIELDS = [
  "vnp_ResponseId",
  "vnp_Command",
  "vnp_ResponseCode",
  "vnp_Message",
  "vnp_TmnCode",
  "vnp_TxnRef",
  "vnp_Amount",
  "vnp_BankCode",
  "vnp_PayDate",
  "vnp_TransactionNo",
  "vnp_TransactionType",
  "vnp_TransactionStatus",
  "vnp_OrderInfo",
  "vnp_PromotionCode",
  "vnp_PromotionAmount",
] as const;

export function signPiped(fields: readonly string[], body: Params, secret: string): string {
  return hmacSha512(secret, fields.map((f) => body[f] ?? "").join("|"));
}

export function verifyPiped(fields: readonly string[], body: Params, secret: string): boolean {
  return sameDigest(body.vnp_SecureHash, signPiped(fields, body, secret));
}

/** Only the string-valued vnp_* entries of a query or JSON body (anything else is ignored). */
export function vnpParams(source: Iterable<[string, unknown]>): Params {
  const out: Params = {};
  for (const [k, v] of source) if (k.startsWith("vnp_") && typeof v === "string") out[k] = v;
  return out;
}
