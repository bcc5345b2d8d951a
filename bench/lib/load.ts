// Runs one load in a child process pinned to the load generator's core (load-worker.mjs).
import { spawnSync } from "node:child_process";
import { LOAD_CORE, pinned } from "./servers";

export type LoadSpec = {
  url: string;
  /** Offered requests per second (autocannon -R). */
  rate: number;
  seconds: number;
  /** One warm-up window; a saturating load repeats it until the rate stops climbing (load-worker.mjs). */
  warmupSeconds: number;
  /** The longest a saturating load's warm-up may take. */
  maxWarmupSeconds?: number;
  /** autocannon's connections, all kept busy (saturating loads). */
  connections?: number;
  /** An open loop (one request every 1/rate s, on time whatever the answers) rather than autocannon's connections (load-worker.mjs). */
  paced?: boolean;
  headers?: Record<string, string>;
};

export type LoadResult = {
  url: string;
  offeredRate: number;
  /** How long the warm-up took before the measured run. */
  warmupSeconds: number;
  requests: number;
  okRequests: number;
  achievedRate: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  errors: number;
  statuses: Record<string, number>;
};

export function runLoad(spec: LoadSpec): LoadResult {
  const [cmd, args] = pinned(LOAD_CORE, process.execPath, ["bench/lib/load-worker.mjs", JSON.stringify(spec)]);
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`load on ${spec.url} failed: ${r.stderr}`);
  const result = JSON.parse(r.stdout.trim().split("\n").at(-1)!) as LoadResult;
  const bad = Object.entries(result.statuses).filter(([s]) => Number(s) >= 400);
  if (bad.length) throw new Error(`load on ${spec.url} got error responses: ${JSON.stringify(result.statuses)}`);
  return result;
}
