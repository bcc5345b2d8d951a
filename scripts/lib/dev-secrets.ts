// Secrets for a local run, generated once and kept in .data/ (never committed). Production
// sets them in the environment instead.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";

export type LocalSecrets = {
  NEXTAUTH_SECRET: string;
  AUTH_CLIENT_SECRET: string;
  /** The keys of personal data at rest (lib/crypto): one AES key "dev1", and the lookup-hash key. */
  PII_ENCRYPTION_KEYS: string;
  PII_HASH_KEY: string;
};

const generate = (): LocalSecrets => ({
  NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
  AUTH_CLIENT_SECRET: randomBytes(24).toString("base64url"),
  PII_ENCRYPTION_KEYS: `dev1=${randomBytes(32).toString("base64")}`,
  PII_HASH_KEY: randomBytes(32).toString("base64"),
});

export function localSecrets(file = ".data/secrets.json"): LocalSecrets {
  const kept: Partial<LocalSecrets> = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  // A file written before a secret existed gets the new one added; the others stay as they are
  // (changing the PII keys would leave the local database unreadable).
  const secrets = { ...generate(), ...kept };
  if (Object.keys(kept).length !== Object.keys(secrets).length) {
    mkdirSync(".data", { recursive: true });
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return secrets;
}
