// The process's keys for personal data at rest, and the two kinds of value sealed with them:
// personal identification numbers (CCCD / số định danh cá nhân, with a keyed hash for exact
// lookup) and webhook signing secrets. Read from the environment once; lib/env-schema.ts
// refuses to start production without them, and development and tests set generated ones
// (scripts/lib/dev-secrets.ts, tests/support/test-env.ts).
import { isSealed, keyedHash, open, parseKeyring, seal, type Keyring } from "./field-cipher";

let cached: { source: string; ring: Keyring } | undefined;

/**
 * The keyring of PII_ENCRYPTION_KEYS and PII_HASH_KEY. Read here rather than through lib/env.ts
 * because the seed, the migration step and the rotation command use it in processes that do
 * not carry the web server's other settings.
 */
export function piiKeyring(source: Record<string, string | undefined> = process.env): Keyring {
  const keys = source.PII_ENCRYPTION_KEYS;
  const hash = source.PII_HASH_KEY;
  if (!keys || !hash) {
    throw new Error("PII_ENCRYPTION_KEYS and PII_HASH_KEY must be set (README.md, “Personal data and keys”).");
  }
  const id = `${keys}\n${hash}`;
  if (cached?.source !== id) cached = { source: id, ring: parseKeyring(keys, hash) };
  return cached.ring;
}

/** Purposes (GCM additional data): a value sealed for one does not open as the other. */
export const ID_NUMBER = "id-number";
export const WEBHOOK_SECRET = "webhook-secret";

/** An ID number as it is compared: digits only, the spaces people type between groups removed. */
export const normaliseIdNumber = (value: string) => value.replace(/\s+/g, "");

/** The keyed hash an ID number is looked up by (User.personalIdHash, Dossier.applicantPersonalIdHash). */
export function idNumberHash(clear: string, ring = piiKeyring()): string {
  return keyedHash(ring, normaliseIdNumber(clear));
}

export function sealIdNumber(clear: string, ring = piiKeyring()): { sealed: string; hash: string } {
  const value = normaliseIdNumber(clear);
  return { sealed: seal(ring, ID_NUMBER, value), hash: keyedHash(ring, value) };
}

/**
 * The clear ID number of a stored one. A value that is not sealed is returned as it is: rows
 * written before the migration step sealed them (scripts/db/seal-personal-data.ts) stay readable
 * during the upgrade.
 */
export function openIdNumber(stored: string, ring?: Keyring): string {
  return isSealed(stored) ? open(ring ?? piiKeyring(), ID_NUMBER, stored) : stored;
}

export function openIdNumberOrNull(stored: string | null, ring?: Keyring): string | null {
  return stored === null ? null : openIdNumber(stored, ring);
}

export function sealWebhookSecret(clear: string, ring = piiKeyring()): string {
  return seal(ring, WEBHOOK_SECRET, clear);
}

/** Opened only to sign a delivery (lib/notifications/webhooks/sender.ts). */
export function openWebhookSecret(stored: string, ring?: Keyring): string {
  return isSealed(stored) ? open(ring ?? piiKeyring(), WEBHOOK_SECRET, stored) : stored;
}
