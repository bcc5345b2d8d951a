// Run by `npm test` before Playwright: a fresh, migrated and seeded database for the
// end-to-end server, and an empty storage and identity store.
import { rmSync } from "node:fs";
import { freshDatabase } from "./fresh-database";
import { E2E } from "../../e2e/e2e-env";
import { TEST_SECRETS } from "./test-env";

rmSync(".data/e2e", { recursive: true, force: true });
Object.assign(process.env, TEST_SECRETS); // the seed seals ID numbers with the server's keys
await freshDatabase(process.env.TEST_DATABASE_URL!, E2E.databaseUrl());
console.log("› End-to-end database ready.");
