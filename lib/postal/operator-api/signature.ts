import { createHmac, timingSafeEqual } from "node:crypto";

// Signed requests of the postal operator's system: HMAC-SHA256 with the shared secret over
// "<timestamp>.<raw body>", hex, in X-Postal-Signature as "sha256=<hex>"; the Unix time in
// seconds in X-Postal-Timestamp. The timestamp is inside the signature, so an old request cannot
// be made fresh; a fresh copy of a request is caught by its event id (see handle-event.ts).

export const TIMESTAMP_HEADER = "x-postal-timestamp";
export const SIGNATURE_HEADER = "x-postal-signature";
/** How far the request's time may be from ours, either way. */
export const REPLAY_WINDOW_SECONDS = 5 * 60;

export function signPostalRequest(secret: string, timestamp: string, rawBody: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${rawBody}`, "utf8").digest("hex")}`;
}

export type SignatureCheck =
  { ok: true } | { ok: false; code: "UNSIGNED" | "EXPIRED" | "BAD_SIGNATURE"; message: string };

export function verifyPostalRequest(
  secret: string,
  headers: { timestamp: string | null; signature: string | null },
  rawBody: string,
  now: Date,
): SignatureCheck {
  const { timestamp, signature } = headers;
  if (!timestamp || !signature)
    return {
      ok: false,
      code: "UNSIGNED",
      message: "Thiếu chữ ký hoặc thời điểm của yêu cầu (X-Postal-Signature, X-Postal-Timestamp).",
    };
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(now.getTime() / 1000 - Number(timestamp)) > REPLAY_WINDOW_SECONDS) {
    return {
      ok: false,
      code: "EXPIRED",
      message: "Thời điểm của yêu cầu lệch quá 5 phút so với máy chủ: yêu cầu hết hạn hoặc bị gửi lại.",
    };
  }
  const expected = Buffer.from(signPostalRequest(secret, timestamp, rawBody));
  const given = Buffer.from(signature.trim());
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { ok: false, code: "BAD_SIGNATURE", message: "Chữ ký của yêu cầu không đúng." };
  return { ok: true };
}
