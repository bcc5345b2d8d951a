// `npm run db:migrate`: applies committed migrations to DATABASE_URL (like `prisma migrate deploy`,
// keeping the same `_prisma_migrations` table, so either tool can take over), then seals the
// personal data still in clear with PII_ENCRYPTION_KEYS (scripts/db/seal-personal-data.ts).
import { applyMigrations } from "./schema-engine";
import { sealPersonalDataAt } from "./seal-personal-data";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set.");
  process.exit(1);
}
const applied = await applyMigrations(url);
console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database is up to date.");
if (!process.env.PII_ENCRYPTION_KEYS || !process.env.PII_HASH_KEY) {
  console.error(
    "PII_ENCRYPTION_KEYS and PII_HASH_KEY are not set: personal data cannot be sealed. Set them (README.md, “Personal data and keys”) and run again.",
  );
  process.exit(1);
}
await sealPersonalDataAt(url);
