// Constants and dates of the VNPay 2.1.0 protocol (redirect, IPN and querydr).

export const VNP_VERSION = "2.1.0";

/** vnp_ResponseCode / vnp_TransactionStatus of a transaction. */
export const TXN = { SUCCESS: "00", PENDING: "01", CANCELLED_BY_CUSTOMER: "24", ERROR: "99" } as const;

/** Answers of the merchant's IPN endpoint (RspCode), as the gateway expects them. */
export const IPN_ANSWER = {
  OK: { RspCode: "00", Message: "Confirm Success" },
  ORDER_NOT_FOUND: { RspCode: "01", Message: "Order not found" },
  ALREADY_CONFIRMED: { RspCode: "02", Message: "Order already confirmed" },
  INVALID_AMOUNT: { RspCode: "04", Message: "Invalid amount" },
  INVALID_SIGNATURE: { RspCode: "97", Message: "Invalid signature" },
  UNKNOWN_ERROR: { RspCode: "99", Message: "Unknown error" },
} as const;
export type IpnAnswer = (typeof IPN_ANSWER)[keyof typeof IPN_ANSWER];

/** Answers of querydr (vnp_ResponseCode). */
export const QUERY_CODE = {
  FOUND: "00",
  NOT_FOUND: "91",
  DUPLICATE_REQUEST: "94",
  INVALID_SIGNATURE: "97",
  ERROR: "99",
} as const;

/** yyyyMMddHHmmss in Vietnam time (GMT+7, no daylight saving), the protocol's date format. */
export function vnpDate(d: Date): string {
  const t = new Date(d.getTime() + 7 * 3_600_000).toISOString();
  return t.slice(0, 19).replace(/\D/g, "");
}

/** The inverse of vnpDate, or null. */
export function parseVnpDate(s: string | undefined): Date | null {
  const m = s?.match(/^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/);
  if (!m) return null;
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4] - 7, +m[5], +m[6]));
}

/** vnp_OrderInfo: Vietnamese without diacritics nor special characters, as the gateway requires. */
export function orderInfo(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9 .-]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 255);
}
