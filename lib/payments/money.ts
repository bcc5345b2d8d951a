// Money is integer VND everywhere (the đồng has no subunit in use). The gateway protocol carries
// amounts as VND × 100 (VNPay 2.1.0 "vnp_Amount"); these are the only conversions.

/** A whole, non-negative number of đồng, or null. */
export function parseVnd(value: unknown): number | null {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
  if (!/^\d{1,12}$/.test(text)) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : null;
}

/** VND → the gateway's vnp_Amount (× 100), as the string it is signed as. */
export function toGatewayAmount(vnd: number): string {
  if (!Number.isSafeInteger(vnd) || vnd <= 0) throw new RangeError(`Not a payable amount of VND: ${vnd}`);
  return String(vnd * 100);
}

/** The gateway's vnp_Amount → VND, or null when it is not a whole number of đồng. */
export function fromGatewayAmount(amount: string | null | undefined): number | null {
  if (!amount || !/^\d{3,14}$/.test(amount) || !amount.endsWith("00")) return null;
  return parseVnd(amount.slice(0, -2));
}

// Writing amounts ("16.000 đồng") lives in lib/text/vnd.ts, shared with the outbox's e-mails.
export { formatVnd, formatVndDigits } from "../text/vnd";
