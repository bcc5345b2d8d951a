// `npm run audit:verify`: recomputes the hash chains of the dossier audit trail and the security
// log (lib/security-log/verify.ts). Exit 0 and the row counts when both are intact; exit 1 with
// the first broken link of each broken chain (table, row id, position, time) otherwise. Run it on
// a schedule and after any maintenance on the database (README, "Audit and security logs").
import { createPrismaClient } from "../lib/db/create-client";
import { describeReport, verifyAllChains } from "../lib/security-log/verify";

// Only the database is needed (not the whole application's settings): an auditor may run it alone.
const url = process.env.DATABASE_URL;
if (!url) {
  console.error("Usage: DATABASE_URL=postgresql://… npm run audit:verify");
  process.exit(2);
}
const db = createPrismaClient(url, 1);
try {
  const reports = await verifyAllChains(db);
  for (const r of reports) console.log(describeReport(r));
  process.exitCode = reports.some((r) => r.broken) ? 1 : 0;
} finally {
  await db.$disconnect();
}
