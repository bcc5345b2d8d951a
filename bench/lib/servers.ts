// The two servers of a run, started the same way (production build, `next start`), pinned to
// the same core so that the load generator has the other one to itself.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import os from "node:os";

export type Server = { url: string; pid: () => number | null; stop: () => Promise<void> };

/** Cores: the server on the last one, the load generator on the first (when there are two). */
const cores = os.availableParallelism();
export const SERVER_CORE = cores > 1 ? String(cores - 1) : null;
export const LOAD_CORE = cores > 1 ? "0" : null;
const hasTaskset = existsSync("/usr/bin/taskset");

/**
 * Pins this process, all its threads, to a core (or back to every core with null): for the
 * measurements where the bench itself is the client (submissions, uploads), which otherwise ran
 * wherever the scheduler put them, the server's core included.
 */
export function pinSelf(core: string | null) {
  if (!hasTaskset || cores < 2) return;
  spawnSync("/usr/bin/taskset", ["-a", "-p", "-c", core ?? `0-${cores - 1}`, String(process.pid)], { stdio: "ignore" });
}

export function pinned(core: string | null, command: string, args: string[]): [string, string[]] {
  return core && hasTaskset ? ["/usr/bin/taskset", ["-c", core, command, ...args]] : [command, args];
}

async function waitFor(url: string, child: ChildProcess, seconds: number) {
  try {
    await poll(url, child, seconds);
  } catch (e) {
    child.kill("SIGKILL");
    throw e;
  }
}

async function poll(url: string, child: ChildProcess, seconds: number) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`server for ${url} exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

/** The process that listens on a TCP port (the Next.js server itself, not its launcher). */
export function pidListeningOn(port: number): number | null {
  const hex = port.toString(16).toUpperCase().padStart(4, "0");
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!existsSync(table)) continue;
    for (const line of readFileSync(table, "utf8").split("\n").slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f[1]?.endsWith(`:${hex}`) && f[3] === "0A") inodes.add(f[9]);
    }
  }
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (m && inodes.has(m[1])) return Number(pid);
      }
    } catch {}
  }
  return null;
}

/** Resident memory now and its peak (kB), from /proc. */
export function memoryOf(pid: number): { rssKb: number; peakKb: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? 0);
  return { rssKb: kb("VmRSS"), peakKb: kb("VmHWM") };
}

function stopper(child: ChildProcess) {
  return () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
    });
}

/** The portal exactly as `npm start` serves it (scripts/serve.ts: build when stale, then `next start`). */
export async function startPortal(
  port: number,
  env: Record<string, string>,
  log: (s: string) => void,
): Promise<Server> {
  const [cmd, args] = pinned(SERVER_CORE, process.execPath, ["--import", "tsx", "scripts/serve.ts", "--no-seed"]);
  const child = spawn(cmd, args, {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) =>
    String(d)
      .split("\n")
      .filter((l) => l.startsWith("›") || l.includes("rror"))
      .forEach((l) => log(`  portal: ${l}`)),
  );
  child.stderr!.on("data", (d) => log(`  portal: ${String(d).trim()}`));
  await waitFor(`http://localhost:${port}/api/health`, child, 900);
  return { url: `http://localhost:${port}`, pid: () => pidListeningOn(port), stop: stopper(child) };
}

/** The baseline app (bench/baseline), built (unless `build` is false: built earlier in the run) and started like the portal. */
export async function startBaseline(port: number, env: Record<string, string>, build = true): Promise<Server> {
  const next = "node_modules/next/dist/bin/next";
  if (
    build &&
    spawnSync(process.execPath, [next, "build", "bench/baseline"], {
      env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: "inherit",
    }).status !== 0
  ) {
    throw new Error("baseline build failed");
  }
  const [cmd, args] = pinned(SERVER_CORE, process.execPath, [next, "start", "bench/baseline", "-p", String(port)]);
  const child = spawn(cmd, args, { env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: "ignore" });
  await waitFor(`http://localhost:${port}/`, child, 120);
  return { url: `http://localhost:${port}`, pid: () => pidListeningOn(port), stop: stopper(child) };
}

/** CPU time (user + system, in clock ticks) a process has used so far, from /proc. */
function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
}

/**
 * Waits until a freshly started server is idle: at boot the portal runs its deadline scan over
 * the whole generated dataset (instrumentation.ts) and delivers the notifications it queues, which
 * would otherwise be measured as part of the first page's load, and rebuilds the statistics
 * summary. Gives up after `maxSeconds`.
 */
export async function waitUntilQuiet(
  pid: number,
  log: (s: string) => void,
  maxSeconds = 180,
  databaseBusy: () => Promise<boolean> = async () => false,
): Promise<number> {
  const started = Date.now();
  let quietSeconds = 0;
  let last = cpuTicks(pid);
  while (quietSeconds < 3 && Date.now() - started < maxSeconds * 1000) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = cpuTicks(pid);
    // ≤ 5 % of a core (100 ticks per second), and no statement of the portal running in the
    // database (the statistics rebuild at boot waits on PostgreSQL, not on the portal's CPU).
    quietSeconds = now - last <= 5 && !(await databaseBusy()) ? quietSeconds + 1 : 0;
    last = now;
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  log(`  portal idle after ${seconds} s`);
  return seconds;
}
