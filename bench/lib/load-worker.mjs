// One load run, in its own process so that it can be pinned to a core of its own
// (`taskset -c 0 node bench/lib/load-worker.mjs '<json>'`): autocannon at a fixed offered rate
// (its -R, `overallRate`), a warm-up first, then the measured run. Every response time is kept,
// so percentiles are exact (autocannon's summary has no p95). Prints one JSON line.
import autocannon from "autocannon";

const spec = JSON.parse(process.argv[2]);

function run({ url, rate, seconds, connections, headers, method = "GET", body }, record) {
  return new Promise((resolve, reject) => {
    const times = [];
    const statuses = {};
    const instance = autocannon(
      { url, overallRate: rate, duration: seconds, connections, headers, method, body, timeout: 30 },
      (err, result) => (err ? reject(err) : resolve({ result, times, statuses })),
    );
    if (record) {
      instance.on("response", (_client, statusCode, _bytes, responseTime) => {
        times.push(responseTime);
        statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
      });
    }
  });
}

const percentile = (sorted, p) => (sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10 : null);

await run({ ...spec, seconds: spec.warmupSeconds }, false);
const { result, times, statuses } = await run(spec, true);
times.sort((a, b) => a - b);
const ok = Object.entries(statuses).filter(([s]) => Number(s) >= 200 && Number(s) < 400).reduce((n, [, c]) => n + c, 0);
console.log(
  JSON.stringify({
    url: spec.url,
    offeredRate: spec.rate,
    seconds: spec.seconds,
    requests: times.length,
    okRequests: ok,
    achievedRate: ok / spec.seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: result.errors + result.timeouts,
    statuses,
  }),
);
