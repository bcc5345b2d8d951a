// `npm test`: everything, on a fresh machine too. Installs dependencies, Chromium, PostgreSQL
// and ClamAV's clamd when missing; starts a throwaway PostgreSQL unless TEST_DATABASE_URL is
// given and a throwaway clamd unless CLAMD_PORT or CLAMD_SOCKET is; runs unit, integration and
// Playwright end-to-end tests; exits non-zero on any failure.
//   --only=unit|integration|e2e   run one suite
//   --page-weight                 measure gzipped JavaScript of citizen pages against the budget
//   -- <files…>                   with --only=…, run only these test files
import { ensureDependencies, run } from "./lib/ensure-deps.mjs";
import { startClamd } from "./lib/clamd.mjs";
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

// Uploads are scanned by a real clamd in the integration and end-to-end suites, and refused
// when it cannot be reached (CLAMD_REQUIRED), as in production.
let clamd = null;
const scannerEnv = {};
if (
  (suites.includes("integration") || suites.includes("e2e")) &&
  !process.env.CLAMD_PORT &&
  !process.env.CLAMD_SOCKET
) {
  try {
    clamd = await startClamd();
  } catch (e) {
    pg?.stop();
    console.error(`✖ ${e.message}`);
    process.exit(1);
  }
  Object.assign(scannerEnv, { CLAMD_HOST: clamd.host, CLAMD_PORT: String(clamd.port), CLAMD_REQUIRED: "true" });
  console.log(`› Throwaway clamd at ${clamd.host}:${clamd.port} (up in ${clamd.startedInMs} ms)`);
}

const failures = [];
const env = { ...process.env, ...scannerEnv, TEST_DATABASE_URL: baseUrl ?? "" };
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
  clamd?.stop();
  pg?.stop();
}

if (failures.length) {
  console.error(`✖ Failed suites: ${failures.join(", ")}`);
  process.exit(1);
}
console.log(`✔ All suites passed (${suites.join(", ")}).`);
