// `npm run bench` (1,000,000 dossiers) and `npm run bench:quick` (50,000): speed, memory and
// page weight of the portal, each figure a ratio against the same stack's best in the same run
// (a minimal Next.js app, a sequential disk write) or a budget that does not depend on the
// machine (bytes, scores). Writes bench/results/latest.json and latest.md.
//   --quick    smaller dataset, shorter loads, one Lighthouse run per page and per calibration
//              step, no same-weight pages (≤ 5 minutes on a built tree): a look, not a verdict
//   --budget   the CI check (.ci/run): only the byte and score budgets (page weight, Lighthouse
//              score), exit non-zero when one fails; the timed loads are skipped, since a
//              timing never fails a run (docs/decisions/008), which keeps the check to a few minutes
//   --only=a,b  run only the measurements whose name contains one of these words (for working on
//              one figure: "submission", "inbox", "lighthouse", "page weight"…); the report then
//              holds only those
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { createPrismaClient } from "../lib/db/create-client";
import { TEST_SECRETS } from "../tests/support/test-env";
import { idNumberHash } from "../lib/crypto/personal-data";
import { freshDatabase } from "../tests/support/fresh-database";
import { ensurePackage, startTestPostgres } from "../scripts/lib/test-postgres.mjs";
import { FULL, QUICK, generateDataset } from "./lib/dataset";
import {
  calibrateLighthouse,
  calibrateOnFramework,
  runLighthouse,
  type Calibration,
  type LighthouseFigures,
} from "./lib/lighthouse";
import { runLoad, type LoadResult, type LoadSpec } from "./lib/load";
import { Phases } from "./lib/phases";
import { metric, writeReport, type Metric } from "./lib/report";
import { pageBytes, sameWeightDynamic, sameWeightStatic } from "./lib/same-weight";
import { LOAD_CORE, pinSelf, startBaseline, startPortal, waitUntilQuiet, type Server } from "./lib/servers";
import { sessionCookie } from "./lib/session";
import {
  measureBaselineSubmissions,
  measureSubmissions,
  prepareSubmissionDrafts,
  warmUpInRounds,
  warmUpSubmissions,
  type SubmissionFigures,
} from "./lib/submissions";
import { measureUploads, prepareUploadDrafts } from "./lib/uploads";

const quick = process.argv.includes("--quick");
const budgetMode = process.argv.includes("--budget");
const size = quick ? QUICK : FULL;
const only =
  process.argv
    .find((a) => a.startsWith("--only="))
    ?.slice("--only=".length)
    .split(",")
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean) ?? null;
/** Whether a measurement runs in this invocation (every one, unless --only names some). */
const wanted = (name: string) => !only || only.some((w) => name.toLowerCase().includes(w));
const LOAD = quick
  ? { seconds: 5, warmupSeconds: 2, maxWarmupSeconds: 4 }
  : { seconds: 20, warmupSeconds: 5, maxWarmupSeconds: 60 };
// Offered far beyond capacity, so the achieved rate is the throughput (2,000 req/s capped the
// baseline's static page on a fast host: docs/performance.md, "Loads: warmed up until steady").
const SATURATING = { rate: 20_000, connections: 32 };
// The staff pages' goal: inbox p95 at 20 req/s offered, one request every 50 ms (an open loop, load-worker.mjs).
const STAFF_RATE = { rate: 20, paced: true };
const PORTAL_PORT = 3200;
const BASELINE_PORT = 3300;
const JS_BUDGET_KB = 150;
const MB = 1024 * 1024;

const log = (s: string) => console.log(s);
const metrics: Metric[] = [];
const servers: Server[] = [];
let pg: { url: string; stop(): void } | null = null;

function load(
  url: string,
  shape: Pick<LoadSpec, "rate" | "connections" | "paced">,
  headers?: Record<string, string>,
): LoadResult {
  const spec: LoadSpec = { url, ...shape, ...LOAD, headers };
  const r = runLoad(spec);
  log(
    `  ${url}: ${r.achievedRate.toFixed(0)} req/s (offered ${r.offeredRate}, after ${r.warmupSeconds} s of warm-up), p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms`,
  );
  return r;
}

/** Throughput of a portal page against a baseline page, with its latency figures alongside. */
function throughput(name: string, r: LoadResult, base: LoadResult, goal: number, bytes: number) {
  metrics.push(
    metric(`${name} throughput`, r.achievedRate, "req/s", {
      baseline: base.achievedRate,
      goal: { op: ">=", value: goal },
      onRatio: true,
      note: `${kB(bytes)} of HTML; p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms at ${r.offeredRate} req/s offered, after ${r.warmupSeconds} s of warm-up (baseline: ${base.warmupSeconds} s)`,
    }),
  );
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** Seconds until the outbox rows of these dossiers are all sent, or null after two minutes. */
async function outboxDrainSeconds(
  db: ReturnType<typeof createPrismaClient>,
  dossierIds: string[],
): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < 120_000) {
    if ((await db.outboxMessage.count({ where: { dossierId: { in: dossierIds }, state: { not: "SENT" } } })) === 0)
      return (Date.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

async function main() {
  // Lighthouse and the page weight drive Debian's Chromium; install it on a fresh machine, as `npm test` does.
  if ((wanted("lighthouse") || wanted("page weight")) && !process.env.CHROMIUM_PATH)
    ensurePackage("/usr/bin/chromium", "chromium", "Chromium (for Lighthouse and the page weight)");
  const started = Date.now();
  const phases = new Phases();
  log(
    `› Benchmark (${quick ? "quick" : "full"}): ${size.dossiers.toLocaleString("en")} dossiers, ${size.citizens.toLocaleString("en")} citizens`,
  );
  let adminUrl = process.env.BENCH_DATABASE_URL;
  if (!adminUrl) {
    pg = await startTestPostgres();
    adminUrl = pg.url;
  }
  const url = new URL(adminUrl);
  url.pathname = "/dvc_bench";
  const databaseUrl = url.toString();
  Object.assign(process.env, TEST_SECRETS); // the seed seals ID numbers with the server's keys
  await freshDatabase(adminUrl, databaseUrl);
  const dataset = await generateDataset(databaseUrl, size, log);
  phases.lap("database and dataset");
  metrics.push(
    metric("dataset generation", dataset.seconds, "s", {
      note: `${Object.entries(dataset.rows)
        .map(([k, v]) => `${v.toLocaleString("en")} ${k}`)
        .join(", ")}, set-based SQL inside PostgreSQL`,
    }),
  );

  const db = createPrismaClient(databaseUrl, 2);
  const citizen = await db.user.findUniqueOrThrow({
    where: { id: dataset.citizenWithDossiers },
    select: { id: true, fullName: true },
  });
  const officer = await db.user.findUniqueOrThrow({
    where: { personalIdHash: idNumberHash("072085100001") },
    select: { id: true, fullName: true, memberships: { select: { agencyId: true } } },
  });
  const agencyIds = officer.memberships.map((m) => m.agencyId);
  // A cursor deep in a filtered list: the 5,000th finished online dossier of the officer's agency.
  const deep = await db.dossier.findMany({
    where: {
      agencyId: { in: agencyIds },
      status: { in: ["RETURNED", "REFUSED", "WITHDRAWN", "STOPPED"] },
      channel: "ONLINE",
    },
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { channel: "desc" }, { submittedAt: "asc" }, { id: "asc" }],
    skip: quick ? 500 : 5000,
    take: 1,
    select: { id: true },
  });
  const uploadTargets = budgetMode || !wanted("upload") ? [] : await prepareUploadDrafts(db, citizen.id, 11);
  // Submissions: the two measured sets, then drafts for a warm-up (as every load has) in rounds.
  const submissionCount = budgetMode || !wanted("submission") ? 0 : quick ? 100 : 400;
  const warmUpRound = submissionCount / 4;
  const submissionTargets = submissionCount
    ? await prepareSubmissionDrafts(db, citizen.id, submissionCount * 2 + warmUpRound * (quick ? 6 : 10))
    : [];
  const citizenCookie = await sessionCookie(TEST_SECRETS.NEXTAUTH_SECRET, citizen);
  const staffCookie = await sessionCookie(TEST_SECRETS.NEXTAUTH_SECRET, officer);
  phases.lap("drafts and sessions");
  // Page throughput against the baseline app's static or dynamic page.
  const throughputPages = [
    { name: "catalogue page /thu-tuc", path: "/thu-tuc", against: "static", goal: 0.8 },
    { name: "procedure page /thu-tuc/1.001193", path: "/thu-tuc/1.001193", against: "static", goal: 0.8 },
    {
      name: "public lookup /tra-cuu",
      path: `/tra-cuu?ma=${encodeURIComponent(dataset.sampleCode)}`,
      against: "dynamic",
      goal: 0.7,
    },
    { name: "my dossiers /ho-so", path: "/ho-so", against: "dynamic", goal: 0.7, headers: { cookie: citizenCookie } },
  ].filter((p) => wanted(p.name));

  const env = {
    ...TEST_SECRETS,
    APP_ENV: "test",
    DATABASE_URL: databaseUrl,
    DEV_IDP_PORT: "4200",
    STORAGE_DIR: ".data/bench/storage",
    DEV_IDP_STORE: ".data/bench/idp.json",
    UPLOAD_MAX_FILE_BYTES: String(210 * MB),
    LOOKUP_RATE_LIMIT_PER_MINUTE: String(1e9),
  };
  let baseStatic: LoadResult | null = null;
  let baseDynamic: LoadResult | null = null;
  /** What each throughput page measured weighed and achieved, for the same-weight comparison after the portal. */
  const measuredPages: { page: (typeof throughputPages)[number]; bytes: number; result: LoadResult }[] = [];
  // The framework's own empty page in Lighthouse, same host and calibration: the floor a page of
  // this stack can reach (its runtime alone has a long task), shown as each score's baseline.
  let baseLighthouse: LighthouseFigures | null = null;
  const lighthouseWanted = wanted("lighthouse");
  // Per page, the run with the median score: of five when the score decides a CI budget, of three
  // in a full run; a quick run takes one (bench:quick's five minutes), and so does each step of
  // its calibration.
  const lighthouseRuns = budgetMode ? 5 : quick ? 1 : 3;
  const calibrationRuns = quick && !budgetMode ? 1 : 3;
  // The emulated phone, chosen once on the baseline app for the baseline app and the portal: this
  // host's benchmarkIndex, then checked against Next.js's own empty page (bench/lib/lighthouse.ts).
  let calibration: Calibration | null = null;
  const timedLoads = !budgetMode && throughputPages.length > 0;
  // The framework's own submission, the same two requests doing the least (bench/baseline/app/submission).
  let baseSubmission: SubmissionFigures | null = null;
  if (timedLoads || lighthouseWanted || submissionCount) {
    log("› Baseline app (bench/baseline)…");
    const baseline = await startBaseline(BASELINE_PORT, env);
    servers.push(baseline);
    phases.lap("baseline app: build and start");
    if (timedLoads) {
      baseStatic = load(`${baseline.url}/`, SATURATING);
      baseDynamic = load(`${baseline.url}/dynamic?ma=${encodeURIComponent(dataset.sampleCode)}`, SATURATING);
      phases.lap("baseline loads");
    }
    if (submissionCount) {
      pinSelf(LOAD_CORE);
      await warmUpInRounds(() => measureBaselineSubmissions(baseline.url, warmUpRound, 8), quick ? 6 : 10);
      baseSubmission = await measureBaselineSubmissions(baseline.url, submissionCount, 8);
      pinSelf(null);
      log(
        `  baseline submissions: ${baseSubmission.perSecond.toFixed(1)} /s, p50 ${Math.round(baseSubmission.p50)} ms, p95 ${Math.round(baseSubmission.p95)} ms`,
      );
      phases.lap("baseline submissions");
    }
    if (lighthouseWanted) {
      const onFramework = await calibrateOnFramework(
        `${baseline.url}/`,
        await calibrateLighthouse(`${baseline.url}/`, calibrationRuns),
        calibrationRuns,
      );
      calibration = onFramework.calibration;
      baseLighthouse = onFramework.floor;
      phases.lap("Lighthouse calibration");
    }
    await baseline.stop();
  }
  log("› Portal…");
  const portal = await startPortal(PORTAL_PORT, env, log);
  servers.push(portal);
  const portalPid = portal.pid();
  const databaseBusy = async () =>
    (
      await db.$queryRaw<
        { n: number }[]
      >`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`
    )[0].n > 0;
  if (portalPid) await waitUntilQuiet(portalPid, log, 300, databaseBusy);
  phases.lap("portal: build, start and idle");
  if (!budgetMode) {
    for (const p of throughputPages) {
      const base = p.against === "static" ? baseStatic : baseDynamic;
      if (!base) continue;
      const bytes = await pageBytes(`${portal.url}${p.path}`, p.headers);
      const result = load(`${portal.url}${p.path}`, SATURATING, p.headers);
      throughput(p.name, result, base, p.goal, bytes);
      measuredPages.push({ page: p, bytes, result });
    }
    phases.lap("page throughput");

    const staff = (name: string, path: string) => {
      if (!wanted(name)) return;
      const r = load(`${portal.url}${path}`, STAFF_RATE, { cookie: staffCookie });
      metrics.push(
        metric(`${name} p95 at ${size.dossiers.toLocaleString("en")} dossiers`, r.p95 ?? NaN, "ms", {
          goal: { op: "<=", value: 100 },
          note: `p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.achievedRate.toFixed(1)} req/s achieved of ${r.offeredRate} offered (one every ${Math.round(1000 / r.offeredRate)} ms)`,
        }),
      );
    };
    staff("staff inbox first page", "/can-bo?xem=done");
    staff("staff inbox filtered deep page", `/can-bo?xem=done&kenh=ONLINE${deep[0] ? `&sau=${deep[0].id}` : ""}`);
    staff("staff search by ID number", `/can-bo?xem=done&q=${dataset.samplePersonalId}`);
    phases.lap("staff pages");

    if (submissionCount) {
      pinSelf(LOAD_CORE);
      const [measured, withPage, warmUp] = [
        submissionTargets.slice(0, submissionCount),
        submissionTargets.slice(submissionCount, 2 * submissionCount),
        submissionTargets.slice(2 * submissionCount),
      ];
      const warmedWith = await warmUpSubmissions(portal.url, citizenCookie, warmUp, warmUpRound, 8);
      const sub = await measureSubmissions(portal.url, citizenCookie, measured, 8);
      // The server's own outbox worker sends each submission's e-mail, SMS and national sync on the
      // same core, during the run and after it: how long it took to catch up (it polls, so this
      // includes its wait; production runs the worker as its own process).
      const drained = await outboxDrainSeconds(
        db,
        measured.map((t) => t.dossierId),
      );
      const sustained =
        drained === null
          ? "not all delivered within 120 s"
          : `all delivered ${drained.toFixed(1)} s after the last submission`;
      const bare = baseSubmission
        ? `; the baseline app's own upload + action (one row, no session, checks or notifications): p50 ${Math.round(baseSubmission.p50)} ms, p95 ${Math.round(baseSubmission.p95)} ms`
        : "";
      metrics.push(
        metric("submission with a 1 MB attachment", sub.perSecond, "dossiers/s", {
          baseline: baseSubmission?.perSecond,
          goal: { op: ">=", value: 50 },
          note: `${sub.count} dossiers, 8 at once after ${warmedWith} unmeasured: upload + submit p50 ${Math.round(sub.p50)} ms, p95 ${Math.round(sub.p95)} ms; their notifications (in-process worker) ${sustained}${bare}`,
        }),
      );
      // The same step with the dossier page the browser opens next: what a citizen's submission costs in all (no goal).
      const step = await measureSubmissions(portal.url, citizenCookie, withPage, 8, true);
      metrics.push(
        metric("submission, then the dossier page", step.perSecond, "dossiers/s", {
          note: `${step.count} dossiers, 8 at once: upload + submit + the page's RSC request, p50 ${Math.round(step.p50)} ms, p95 ${Math.round(step.p95)} ms`,
        }),
      );
      pinSelf(null);
      phases.lap("submissions");
    }
  }
  if (uploadTargets.length) {
    const pid = portal.pid();
    if (!pid) throw new Error("portal process not found");
    // The submissions' notifications may still be going out: the uploads get the server to themselves.
    if (submissionCount) await waitUntilQuiet(pid, log, 180, databaseBusy);
    pinSelf(LOAD_CORE);
    const big = await measureUploads(
      portal.url,
      citizenCookie,
      pid,
      uploadTargets.slice(0, 1),
      200,
      ".data/bench/work",
    );
    metrics.push(
      metric("upload of one 200 MB file", big.mbPerSecond, "MB/s", {
        baseline: big.diskMbPerSecond,
        goal: { op: ">=", value: 0.5 },
        onRatio: true,
      }),
    );
    metrics.push(metric("server RSS growth, 200 MB upload", big.rssGrowthMb, "MB", { goal: { op: "<=", value: 64 } }));
    const many = await measureUploads(
      portal.url,
      citizenCookie,
      pid,
      uploadTargets.slice(1, 11),
      20,
      ".data/bench/work",
    );
    metrics.push(
      metric("10 concurrent 20 MB uploads", many.mbPerSecond, "MB/s", {
        baseline: many.diskMbPerSecond,
        goal: { op: ">=", value: 0.5 },
        onRatio: true,
      }),
    );
    metrics.push(
      metric("server RSS growth, 10 × 20 MB uploads", many.rssGrowthMb, "MB", { goal: { op: "<=", value: 64 } }),
    );
    pinSelf(null);
    phases.lap("uploads");
  }

  const lighthousePages = lighthouseWanted
    ? ["/", "/thu-tuc", "/thu-tuc/1.001193", `/tra-cuu?ma=${encodeURIComponent(dataset.sampleCode)}`]
    : [];
  if (lighthousePages.length) {
    log("› Lighthouse (mobile)…");
    // Right after the submissions and uploads, runs were measured at a benchmarkIndex a third
    // below the calibrated one and repeated (7 s each): the portal and its database finish first.
    const pid = portal.pid();
    if (pid && (submissionCount || uploadTargets.length)) await waitUntilQuiet(pid, log, 60, databaseBusy);
  }
  const phone = calibration
    ? `CPU slowdown ${calibration.cpuSlowdown}× for this host's benchmarkIndex ${Math.round(calibration.benchmarkIndex)}${calibration.indexSlowdown === calibration.cpuSlowdown ? "" : ` (${calibration.indexSlowdown}× by the index, lowered until Next.js's own empty page met the TBT goal)`}`
    : "";
  for (const l of lighthousePages.length && calibration
    ? await runLighthouse(portal.url, lighthousePages, lighthouseRuns, calibration)
    : []) {
    const floor = baseLighthouse
      ? `; the baseline app's empty page: ${baseLighthouse.score} points, TBT ${Math.round(baseLighthouse.tbtMs)} ms at ${baseLighthouse.cpuSlowdown}×`
      : "";
    metrics.push(
      metric(`Lighthouse performance ${l.path}`, l.score, "points", {
        baseline: baseLighthouse?.score,
        goal: { op: ">=", value: 95 },
        note: `${lighthouseRuns === 1 ? "one run" : `the median of ${lighthouseRuns} runs`}: LCP ${Math.round(l.lcpMs)} ms, TBT ${Math.round(l.tbtMs)} ms, CLS ${l.cls.toFixed(3)}; ${phone}; this run's index ${Math.round(l.benchmarkIndex)}${floor}`,
      }),
    );
    metrics.push(
      metric(`Lighthouse TBT ${l.path}`, l.tbtMs, "ms", {
        baseline: baseLighthouse?.tbtMs,
        goal: { op: "<=", value: 200 },
      }),
    );
    // The CI budget (docs/performance.md, "Goals"): a score of at least 90 (scores are bytes and counts, simulated).
    metrics.push(
      metric(`Lighthouse budget ${l.path}`, l.score, "points", { goal: { op: ">=", value: 90 }, budget: true }),
    );
  }
  if (lighthousePages.length) phases.lap("Lighthouse");
  for (const s of servers) await s.stop();
  await db.$disconnect();

  // The framework's own page as heavy as each page measured above, served by the baseline app
  // again now that the portal is stopped (bench/lib/same-weight.ts): how much of a page's figure
  // its bytes explain, and how much is the portal's own. Full runs only (bench:quick's time).
  if (!quick && measuredPages.length && baseStatic && baseDynamic) {
    log("› Baseline app again: the framework's own pages of the same weights…");
    const baseline = await startBaseline(BASELINE_PORT, env, false);
    servers.push(baseline);
    const loaded = new Map<string, LoadResult>();
    const inserted: Metric[] = [];
    for (const { page, bytes, result } of measuredPages) {
      const bare = page.against === "static" ? baseStatic : baseDynamic;
      const same =
        page.against === "static"
          ? await sameWeightStatic(baseline.url, bytes)
          : await sameWeightDynamic(baseline.url, dataset.sampleCode, bytes);
      if (!loaded.has(same.url)) loaded.set(same.url, load(same.url, SATURATING));
      const own = loaded.get(same.url)!;
      inserted.push(
        metric(
          `${page.name} against the framework's own ${page.against} page of the same weight`,
          result.achievedRate,
          "req/s",
          {
            baseline: own.achievedRate,
            note: `the portal's page ${kB(bytes)}, the baseline app's ${kB(same.bytes)} (${same.url.replace(baseline.url, "")}), which gives ${(own.achievedRate / bare.achievedRate).toFixed(2)} × its bare ${page.against} page`,
          },
        ),
      );
    }
    await baseline.stop();
    // Beside the throughput figures they explain.
    metrics.splice(metrics.findLastIndex((m) => m.name.endsWith(" throughput")) + 1, 0, ...inserted);
    phases.lap("same-weight pages");
  }

  if (wanted("page weight")) {
    log("› Page weight (Chromium, every citizen page)…");
    const pw = spawnSync(process.execPath, ["scripts/test.mjs", "--page-weight"], {
      stdio: "inherit",
      env: { ...process.env, TEST_DATABASE_URL: adminUrl, E2E_PORT: "3210", E2E_IDP_PORT: "4210" },
    });
    const weights = JSON.parse(readFileSync("test-results/page-weight-desktop.json", "utf8")) as {
      path: string;
      jsGzipBytes: number;
      totalGzipBytes: number;
    }[];
    for (const w of weights) {
      const exempt = w.path.includes("upload step");
      metrics.push(
        metric(
          `JS (gzip) ${w.path}`,
          w.jsGzipBytes / 1024,
          "kB",
          exempt ? {} : { goal: { op: "<=", value: JS_BUDGET_KB }, budget: true },
        ),
      );
      metrics.push(metric(`total transfer (gzip) ${w.path}`, w.totalGzipBytes / 1024, "kB"));
    }
    if (pw.status !== 0 && !weights.length) throw new Error("page weight measurement failed");
    phases.lap("page weight");
  }

  writeReport(metrics, {
    date: new Date().toISOString(),
    mode: `${quick ? "quick" : "full"}${budgetMode ? ", budgets only" : ""}${only ? `, only ${only.join(", ")}` : ""}`,
    seconds: Math.round((Date.now() - started) / 1000),
    phases: phases.seconds,
  });
  log(`› ${Math.round((Date.now() - started) / 1000)} s in all: ${phases.summary()}`);
  const failed = metrics.filter((m) => m.pass === false);
  log(`› ${metrics.length} metrics, ${failed.length} below their goal; bench/results/latest.md`);
  for (const m of failed) log(`  ✖ ${m.name}: ${m.value} ${m.unit} (goal ${m.goal})`);
  const budgetFailures = failed.filter((m) => m.budget);
  if (budgetMode && budgetFailures.length) {
    console.error(`✖ ${budgetFailures.length} budget(s) on bytes or scores failed.`);
    return 1;
  }
  return 0;
}

main()
  .then(async (code) => {
    pg?.stop();
    rmSync(".data/bench/storage", { recursive: true, force: true });
    process.exit(code);
  })
  .catch(async (e) => {
    console.error(`✖ ${e instanceof Error ? e.stack : String(e)}`);
    for (const s of servers) await s.stop().catch(() => {});
    pg?.stop();
    process.exit(1);
  });
