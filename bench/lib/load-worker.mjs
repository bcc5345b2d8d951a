// One load run, in its own process so that it can be pinned to a core of its own
// (`taskset -c 0 node bench/lib/load-worker.mjs '<json>'`): a warm-up first, then the measured
// run. Every response time is kept, so percentiles are exact. Prints one JSON line.
//
// The warm-up of a saturating load lasts until the server's rate stops climbing: windows of
// `warmupSeconds`, until two in a row are no faster than 1.03 × the best before them, within
// `maxWarmupSeconds`. A fixed few seconds measured the portal while V8 was still compiling it:
// on a fresh server its lookup page went 78 → 134 → 170 → 180 → 208 → 201 req/s in 4 s windows,
// against the baseline app's few functions, warm within one window (docs/performance.md, "Loads: warmed up until steady").
//
// Two shapes (docs/decisions/008-benchmarks.md):
// - saturating (`paced` false): autocannon with its connections always busy; the achieved rate
//   is the server's throughput.
// - paced (`paced` true): an open loop with one request every 1/rate seconds, sent on time
//   whatever the earlier answers (loadtest's requestsPerSecond), so the latency is that of a
//   server offered `rate` requests per second. autocannon's own rate (-R) is not that: each
//   connection sends its share of a second back to back when the second starts, so at 20 req/s
//   over 4 connections every request waited behind three others.
import autocannon from "autocannon";
import { loadTest } from "loadtest";

const spec = JSON.parse(process.argv[2]);

function saturating({ url, rate, seconds, connections, headers }, record) {
  return new Promise((resolve, reject) => {
    const times = [];
    const statuses = {};
    const instance = autocannon(
      { url, overallRate: rate, duration: seconds, connections, headers, timeout: 30 },
      (err, result) =>
        err
          ? reject(err)
          : resolve({
              times,
              statuses,
              errors: result.errors + result.timeouts,
              rate: result.requests.total / seconds,
            }),
    );
    if (record) {
      instance.on("response", (_client, statusCode, _bytes, responseTime) => {
        times.push(responseTime);
        statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
      });
    }
  });
}

async function paced({ url, rate, seconds, headers }) {
  const times = [];
  const statuses = {};
  let errors = 0;
  await loadTest({
    url,
    headers,
    requestsPerSecond: rate,
    maxSeconds: seconds,
    agentKeepAlive: true,
    timeout: 30_000,
    quiet: true,
    statusCallback(error, result) {
      if (error && !result?.statusCode) return void errors++;
      times.push(result.requestElapsed);
      statuses[result.statusCode] = (statuses[result.statusCode] ?? 0) + 1;
    },
  });
  return { times, statuses, errors };
}

const run = spec.paced ? paced : saturating;
const percentile = (sorted, p) =>
  sorted.length
    ? Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10
    : null;

/** Warms the server up; returns how many seconds it took. */
async function warmUp() {
  if (spec.paced) {
    // An open loop at a fixed rate cannot tell when the server is warm: a fixed warm-up.
    await run({ ...spec, seconds: spec.warmupSeconds }, false);
    return spec.warmupSeconds;
  }
  let best = 0;
  let flat = 0;
  let spent = 0;
  while (flat < 2 && spent < (spec.maxWarmupSeconds ?? spec.warmupSeconds)) {
    const { rate } = await run({ ...spec, seconds: spec.warmupSeconds }, false);
    spent += spec.warmupSeconds;
    flat = rate <= best * 1.03 ? flat + 1 : 0;
    best = Math.max(best, rate);
  }
  return spent;
}

const warmupSeconds = await warmUp();
const { times, statuses, errors } = await run(spec, true);
times.sort((a, b) => a - b);
const ok = Object.entries(statuses)
  .filter(([s]) => Number(s) >= 200 && Number(s) < 400)
  .reduce((n, [, c]) => n + c, 0);
console.log(
  JSON.stringify({
    url: spec.url,
    offeredRate: spec.rate,
    seconds: spec.seconds,
    warmupSeconds,
    requests: times.length,
    okRequests: ok,
    achievedRate: ok / spec.seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors,
    statuses,
  }),
);
