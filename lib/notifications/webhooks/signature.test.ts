import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signWebhook, verifyWebhook } from "./signature";

const SECRET = "0123456789abcdef0123456789abcdef";

describe("webhook signature", () => {
  it("is HMAC-SHA256 of '<t>.<body>' in the documented header form", () => {
    const body = '{"id":"x","topic":"dossier.new"}';
    const expected = createHmac("sha256", SECRET).update(`1764633600.${body}`).digest("hex");
    expect(signWebhook(SECRET, body, 1764633600)).toBe(`t=1764633600,v1=${expected}`);
  });

  it("verifies the exact body only, with the right secret", () => {
    const body = '{"a":1}';
    const header = signWebhook(SECRET, body, 1764633600);
    expect(verifyWebhook(SECRET, body, header)).toBe(true);
    expect(verifyWebhook(SECRET, '{"a":2}', header)).toBe(false);
    expect(verifyWebhook("another-secret-another-secret-00", body, header)).toBe(false);
    expect(verifyWebhook(SECRET, body, header.replace("t=1764633600", "t=1764633601"))).toBe(false);
    expect(verifyWebhook(SECRET, body, null)).toBe(false);
    expect(verifyWebhook(SECRET, body, "v1=abc")).toBe(false);
  });
});
