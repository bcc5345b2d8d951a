import { createHmac, timingSafeEqual } from "node:crypto";

// Webhook signature: HMAC-SHA256 over "<unix seconds>.<raw body>" with the subscription's
// secret, sent as `X-DVC-Signature: t=<unix seconds>,v1=<hex>`. The timestamp inside the MAC
// lets a receiver refuse old replays; the outbox id in Idempotency-Key lets it drop resends.
export const SIGNATURE_HEADER = "x-dvc-signature";

export function signWebhook(secret: string, body: string, unixSeconds: number): string {
  const mac = createHmac("sha256", secret).update(`${unixSeconds}.${body}`).digest("hex");
  return `t=${unixSeconds},v1=${mac}`;
}

/** What a receiver does (and the tests): recompute and compare in constant time. */
export function verifyWebhook(secret: string, body: string, header: string | null): boolean {
  const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header ?? "");
  if (!m) return false;
  const expected = Buffer.from(signWebhook(secret, body, Number(m[1])).split("v1=")[1], "hex");
  return timingSafeEqual(expected, Buffer.from(m[2], "hex"));
}
