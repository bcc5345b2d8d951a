// Creates an empty database (dropping any earlier one of the same name), migrates and seeds it.
import pg from "pg";
import { createPrismaClient } from "../../lib/db/create-client";
import { seedDemoData } from "../../prisma/seed/seed-demo-data";
import { applyMigrations } from "../../scripts/db/schema-engine";

export async function freshDatabase(adminUrl: string, targetUrl: string, { seed = true } = {}) {
  const name = new URL(targetUrl).pathname.slice(1);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  await applyMigrations(targetUrl);
  if (seed) {
    const db = createPrismaClient(targetUrl, 2);
    try {
      await seedDemoData(db);
    } finally {
      await db.$disconnect();
    }
  }
}
