import { describe, expect, it } from "vitest";
import { generateApiKey, hashApiKey, looksLikeApiKey } from "./key-format";
import { requestHash } from "./request-hash";

describe("API keys", () => {
  it("are 256-bit random, recognisable, stored as their SHA-256", () => {
    const a = generateApiKey();
    const b = generateApiKey();
    expect(a.key).not.toBe(b.key);
    expect(looksLikeApiKey(a.key)).toBe(true);
    expect(a.prefix).toBe(a.key.slice(0, 12));
    expect(a.hash).toBe(hashApiKey(a.key));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).not.toContain(a.key.slice(4, 20));
    expect(looksLikeApiKey("dvc_short")).toBe(false);
    expect(looksLikeApiKey(`xyz_${a.key.slice(4)}`)).toBe(false);
  });
});

describe("request hash of an idempotent request", () => {
  it("ignores key order and sees every value", () => {
    expect(requestHash({ a: 1, b: { c: [1, 2], d: "x" } })).toBe(requestHash({ b: { d: "x", c: [1, 2] }, a: 1 }));
    expect(requestHash({ a: 1, b: { c: [1, 2] } })).not.toBe(requestHash({ a: 1, b: { c: [2, 1] } }));
    expect(requestHash({ a: "1" })).not.toBe(requestHash({ a: 1 }));
  });
});
