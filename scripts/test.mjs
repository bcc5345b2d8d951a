// `npm test`: everything, on a fresh machine too. Installs dependencies, Chromium and
// PostgreSQL when missing; starts a throwaway PostgreSQL unless TEST_DATABASE_URL is given;
// runs unit, integration and Playwright end-to-end tests; exits non-zero on any failure.
//   --only=unit|integration|e2e   run one suite
//   --page-weight                 measure gzipped JavaScript of citizen pages against the budget
//   -- <files…>                   with --only=…, run only these test files
import { ensureDependencies, run } from "./lib/ensure-deps.mjs";
import { ensurePackage, startTestPostgres } from "./lib/test-postgres.mjs";
import { prismaGenerate } from "./run.mjs";

const pageWeight = process.argv.includes("--page-weight");
const only = pageWeight ? "e2e" : process.argv.find((a) => a.startsWith("--only="))?.slice(7);
const suites = only ? [only] : ["unit", "integration", "e2e"];
const dashDash = process.argv.indexOf("--");
const files = only && dashDash > 0 ? process.argv.slice(dashDash + 1) : [];

ensureDependencies();
prismaGenerate();
// The PDF tests read the generated documents back as text (pdftotext), so they can fail.
if (suites.includes("unit") || suites.includes("integration") || suites.includes("e2e"))
  ensurePackage("/usr/bin/pdftotext", "poppler-utils", "pdftotext (to check the text of generated PDFs)");
if (suites.includes("e2e") && !process.env.CHROMIUM_PATH)
  ensurePackage("/usr/bin/chromium", "chromium", "Chromium (for end-to-end tests)");

let pg = null;
let baseUrl = process.env.TEST_DATABASE_URL;
if (!baseUrl && (suites.includes("integration") || suites.includes("e2e"))) {
  pg = await startTestPostgres();
  baseUrl = pg.url;
  console.log(`› Throwaway PostgreSQL at ${baseUrl}`);
}

const failures = [];
const env = { ...process.env, TEST_DATABASE_URL: baseUrl ?? "" };
try {
  if (
    suites.includes("unit") &&
    run("node_modules/.bin/vitest", ["run", "--project", "unit", ...files], { env, allowFailure: true })
  )
    failures.push("unit");
  if (
    suites.includes("integration") &&
    run("node_modules/.bin/vitest", ["run", "--project", "integration", ...files], { env, allowFailure: true })
  )
    failures.push("integration");
  if (suites.includes("e2e")) {
    run(process.execPath, ["--import", "tsx", "tests/support/prepare-e2e.ts"], {
      env,
      what: "Preparing the end-to-end database",
    });
    const args = pageWeight ? ["test", "e2e/page-weight.spec.ts", "--project=desktop"] : ["test", ...files];
    if (
      run("node_modules/.bin/playwright", args, {
        env: { ...env, PAGE_WEIGHT: pageWeight ? "1" : "" },
        allowFailure: true,
      })
    )
      failures.push("e2e");
  }
} finally {
  pg?.stop();
}

if (failures.length) {
  console.error(`✖ Failed suites: ${failures.join(", ")}`);
  process.exit(1);
}
console.log(`✔ All suites passed (${suites.join(", ")}).`);
