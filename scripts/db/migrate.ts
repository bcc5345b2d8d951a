// `npm run db:migrate`: applies committed migrations to DATABASE_URL (like `prisma migrate deploy`,
// keeping the same `_prisma_migrations` table, so either tool can take over).
import { applyMigrations } from "./schema-engine";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set.");
  process.exit(1);
}
const applied = await applyMigrations(url);
console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database is up to date.");
