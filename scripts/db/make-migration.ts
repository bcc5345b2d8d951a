// `npm run db:migrate:diff -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL from the last committed prisma/schema.prisma (git HEAD) to the one in the work
// tree — what `prisma migrate dev --create-only` does. See docs/decisions/002-migrations.md.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { diffSchemas, MIGRATIONS_DIR, readMigrationList } from "./schema-engine";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
const url = process.env.DATABASE_URL;
if (!name || !url) {
  console.error("Usage: DATABASE_URL=postgresql://… npm run db:migrate:diff -- <name>");
  process.exit(1);
}

function committedSchema(): string | null {
  if (readMigrationList().migrationDirectories.length === 0) return null;
  const ref = process.env.MIGRATION_BASE ?? "HEAD";
  return execFileSync("git", ["show", `${ref}:prisma/schema.prisma`], { encoding: "utf8" });
}

const sql = await diffSchemas(committedSchema(), url);
if (!sql.trim() || /empty migration/i.test(sql)) {
  console.log("Schema and migrations agree: nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql — review it, then commit it with the schema.`);
