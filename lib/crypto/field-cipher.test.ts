import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isSealed, keyedHash, kidOf, open, parseKeyring, seal } from "./field-cipher";

const key = () => randomBytes(32).toString("base64");
const HASH = key();
const [K1, K2] = [key(), key()];

describe("field encryption (AES-256-GCM with a key id)", () => {
  it("seals to v1:<kid>:<iv>:<ct>:<tag> that never contains the clear value, and opens it", () => {
    const ring = parseKeyring(`k1=${K1}`, HASH);
    const sealed = seal(ring, "id-number", "072090000001");
    expect(sealed).toMatch(/^v1:k1:[\w-]{16}:[\w-]+:[\w-]{22}$/);
    expect(sealed).not.toContain("072090000001");
    expect(isSealed(sealed)).toBe(true);
    expect(kidOf(sealed)).toBe("k1");
    expect(open(ring, "id-number", sealed)).toBe("072090000001");
    expect(seal(ring, "id-number", "072090000001")).not.toBe(sealed); // a fresh IV each time
  });

  it("seals with the first key and opens with any key of the ring (rotation)", () => {
    const old = parseKeyring(`k1=${K1}`, HASH);
    const rotated = parseKeyring(`k2=${K2},k1=${K1}`, HASH);
    const before = seal(old, "id-number", "079099000111");
    expect(open(rotated, "id-number", before)).toBe("079099000111");
    expect(kidOf(seal(rotated, "id-number", "x"))).toBe("k2");
    const withoutOld = parseKeyring(`k2=${K2}`, HASH);
    expect(() => open(withoutOld, "id-number", before)).toThrow('No key "k1" in PII_ENCRYPTION_KEYS');
  });

  it("refuses an altered value, another purpose, or a wrong key under the same id", () => {
    const ring = parseKeyring(`k1=${K1}`, HASH);
    const sealed = seal(ring, "id-number", "072090000001");
    const parts = sealed.split(":");
    const flipped = Buffer.from(parts[3], "base64url");
    flipped[0] ^= 1;
    parts[3] = flipped.toString("base64url");
    expect(() => open(ring, "id-number", parts.join(":"))).toThrow();
    expect(() => open(ring, "webhook-secret", sealed)).toThrow();
    expect(() => open(parseKeyring(`k1=${K2}`, HASH), "id-number", sealed)).toThrow();
  });

  it("hashes with the hash key: equal values meet, another key gives another hash", () => {
    const ring = parseKeyring(`k1=${K1}`, HASH);
    expect(keyedHash(ring, "072090000001")).toBe(keyedHash(parseKeyring(`k2=${K2}`, HASH), "072090000001"));
    expect(keyedHash(ring, "072090000001")).not.toBe(keyedHash(ring, "072090000002"));
    expect(keyedHash(ring, "072090000001")).not.toBe(keyedHash(parseKeyring(`k1=${K1}`, key()), "072090000001"));
    expect(keyedHash(ring, "072090000001")).toMatch(/^[\w-]{43}$/);
  });

  it("names what is wrong with the keys without printing them", () => {
    const short = randomBytes(16).toString("base64");
    expect(() => parseKeyring(`k1=${short}`, HASH)).toThrow('key "k1" must be 32 bytes');
    expect(() => parseKeyring(`k1=${short}`, HASH)).not.toThrow(short);
    expect(() => parseKeyring(`${K1}`, HASH)).toThrow("each entry is kid=base64");
    expect(() => parseKeyring(`k1=${K1},k1=${K2}`, HASH)).toThrow('key id "k1" appears twice');
    expect(() => parseKeyring(`k1=${K1}`, "c2hvcnQ=")).toThrow("PII_HASH_KEY");
    expect(() => parseKeyring("", HASH)).toThrow("no key");
  });
});
