// A job the server runs every so often inside its own process (instrumentation.ts): the deadline
// scan, the payment reconciliation, the statistics refresh, the postal scan. One home for what
// they share: started once, a failed run logged and retried at the next tick, never crashing the
// server nor keeping it alive on shutdown.

import { loggableError } from "../text/redact";

/** The timers already running, kept on globalThis so that a module reloaded in development does not start a second one. */
const running = ((globalThis as { periodicJobs?: Map<string, ReturnType<typeof setInterval>> }).periodicJobs ??=
  new Map());

export type PeriodicOptions = {
  /** Runs once at start as well, without waiting a whole interval (the default). */
  runAtStart?: boolean;
  /** Logs that the job started and how often it runs. */
  announce?: boolean;
};

/**
 * The start function of a periodic job; `job` receives the time of its run and logs what it did.
 * Runs are not serialised: as with setInterval, a run slower than the interval overlaps the next.
 */
export function periodic(
  name: string,
  intervalMs: number,
  job: (now: Date) => Promise<unknown>,
  { runAtStart = true, announce = false }: PeriodicOptions = {},
) {
  async function runOnce(now = new Date()) {
    try {
      await job(now);
    } catch (e) {
      console.error(`${name} failed:`, loggableError(e)); // never the personal data of the rows in hand
    }
  }
  return function start(every = intervalMs) {
    if (running.has(name)) return;
    const timer = setInterval(() => void runOnce(), every);
    timer.unref?.(); // never keeps the process alive on shutdown
    running.set(name, timer);
    if (announce) console.info(`${name} started (every ${Math.round(every / 60_000)} minutes).`);
    if (runAtStart) void runOnce();
  };
}
