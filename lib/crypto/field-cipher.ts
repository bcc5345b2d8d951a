import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";

// Field encryption of personal data at rest (AES-256-GCM, Node's crypto). A sealed value names
// the key that sealed it, so keys rotate without a flag day: the first key of the ring seals,
// every key of the ring opens (docs/decisions/021-personal-data-at-rest.md).
//
//   v1:<kid>:<iv>:<ciphertext>:<tag>      (iv, ciphertext and tag in base64url)
//
// The purpose ("user.personalId", "webhook.secret") is the GCM additional data: a value copied
// into another column does not open there. Exact lookups use a keyed hash (HMAC-SHA256) of the
// normalised value, never the ciphertext (a random IV makes two seals of one value differ).

export type Keyring = {
  /** The key id that seals: the first of PII_ENCRYPTION_KEYS. */
  currentKid: string;
  keys: ReadonlyMap<string, Buffer>;
  hashKey: Buffer;
};

const VERSION = "v1";
const KID = /^[A-Za-z0-9_-]{1,32}$/;

/**
 * Reads `kid=base64,kid=base64` (32-byte keys, the first seals) and a hash key of at least 32
 * bytes. Throws one message naming the problem, never the key.
 */
export function parseKeyring(encryptionKeys: string, hashKey: string): Keyring {
  const keys = new Map<string, Buffer>();
  const entries = encryptionKeys
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (entries.length === 0) throw new Error("PII_ENCRYPTION_KEYS: no key (kid=base64 of 32 bytes, comma-separated)");
  for (const entry of entries) {
    const eq = entry.indexOf("=");
    const kid = eq > 0 ? entry.slice(0, eq) : "";
    if (!KID.test(kid))
      throw new Error(`PII_ENCRYPTION_KEYS: each entry is kid=base64 (kid of letters, digits, - or _)`);
    const key = Buffer.from(entry.slice(eq + 1), "base64");
    if (key.length !== 32)
      throw new Error(`PII_ENCRYPTION_KEYS: key "${kid}" must be 32 bytes (openssl rand -base64 32)`);
    if (keys.has(kid)) throw new Error(`PII_ENCRYPTION_KEYS: key id "${kid}" appears twice`);
    keys.set(kid, key);
  }
  const hash = Buffer.from(hashKey.trim(), "base64");
  if (hash.length < 32) throw new Error("PII_HASH_KEY: must be at least 32 bytes in base64 (openssl rand -base64 32)");
  return { currentKid: entries[0].slice(0, entries[0].indexOf("=")), keys, hashKey: hash };
}

export function isSealed(value: string): boolean {
  return value.startsWith(`${VERSION}:`);
}

/** The key id a sealed value names, or null for a clear value. */
export function kidOf(value: string): string | null {
  return isSealed(value) ? value.split(":")[1] : null;
}

export function seal(ring: Keyring, purpose: string, plain: string): string {
  const key = ring.keys.get(ring.currentKid)!;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(purpose, "utf8"));
  const ct = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, ring.currentKid, iv.toString("base64url"), ct.toString("base64url"), tag.toString("base64url")].join(
    ":",
  );
}

/**
 * The clear value of a sealed one. Throws when the key is not in the ring or the value was
 * altered (GCM tag), so a wrong key never yields garbage that looks like a number.
 */
export function open(ring: Keyring, purpose: string, sealed: string): string {
  const parts = sealed.split(":");
  if (parts.length !== 5 || parts[0] !== VERSION) throw new Error(`Not a sealed value (${purpose})`);
  const [, kid, iv, ct, tag] = parts;
  const key = ring.keys.get(kid);
  if (!key) throw new Error(`No key "${kid}" in PII_ENCRYPTION_KEYS to open ${purpose}`);
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(purpose, "utf8"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ct, "base64url")), decipher.final()]).toString("utf8");
}

/** The keyed hash for exact lookup: HMAC-SHA256 of the value as the caller normalised it. */
export function keyedHash(ring: Keyring, normalised: string): string {
  return createHmac("sha256", ring.hashKey).update(normalised, "utf8").digest("base64url");
}
