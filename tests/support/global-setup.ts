// Vitest global setup of the integration project: one freshly migrated and seeded database.
// Workers start after this runs, so they inherit the environment set here.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freshDatabase } from "./fresh-database";
import { TEST_SECRETS, testDatabaseUrl } from "./test-env";

export default async function setup() {
  const base = process.env.TEST_DATABASE_URL;
  const url = testDatabaseUrl(base, "dvc_integration");
  Object.assign(process.env, TEST_SECRETS); // the seed seals ID numbers with the test keys
  await freshDatabase(base!, url);
  const storage = mkdtempSync(path.join(os.tmpdir(), "dvc-it-storage-"));
  Object.assign(process.env, {
    ...TEST_SECRETS,
    APP_ENV: "test",
    DATABASE_URL: url,
    AUTH_ISSUER: "http://localhost:4999",
    STORAGE_DIR: storage,
    // Uploads are refused unscanned, as in production: `npm test` starts the clamd (scripts/lib/clamd.mjs).
    CLAMD_REQUIRED: process.env.CLAMD_REQUIRED ?? "true",
    DATABASE_POOL_SIZE: "20",
  });
  return () => rmSync(storage, { recursive: true, force: true });
}
