import { createHash, randomBytes } from "node:crypto";

// An API key is "dvc_" + 32 random bytes (256 bits, base64url). That much entropy makes a fast
// unsalted SHA-256 enough to store it (nothing to brute-force, unlike a password); the hash is
// looked up directly. The first 12 characters (the prefix) name the key in lists and logs.
export const KEY_PREFIX_LENGTH = 12;

export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const key = `dvc_${randomBytes(32).toString("base64url")}`;
  return { key, prefix: key.slice(0, KEY_PREFIX_LENGTH), hash: hashApiKey(key) };
}

export const hashApiKey = (key: string) => createHash("sha256").update(key, "utf8").digest("hex");

/** A plausible key: checked before touching the database. */
export const looksLikeApiKey = (key: string) => /^dvc_[A-Za-z0-9_-]{43}$/.test(key);
