// `npm run pii:rotate`: after a new key was put first in PII_ENCRYPTION_KEYS, re-seals every
// personal value under it, so the old key can then be removed. `-- --rehash` also recomputes
// every lookup hash, after PII_HASH_KEY changed (README.md, “Personal data and keys”).
import { sealPersonalDataAt } from "./db/seal-personal-data";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set.");
  process.exit(1);
}
const report = await sealPersonalDataAt(url, { rehash: process.argv.includes("--rehash") });
const total = Object.values(report).reduce((a, b) => a + b, 0);
console.log(
  total === 0
    ? "Every personal value is already sealed under the first key of PII_ENCRYPTION_KEYS."
    : "Done: every personal value is sealed under the first key; the others may now be removed.",
);
