import "server-only";
import { returnUndeliverableResults } from "./commands/return-undeliverable";

/** How often undeliverable results are looked for; the rule counts working days, so an hour is plenty. */
export const POSTAL_SCAN_INTERVAL_MS = 60 * 60_000;

const state = globalThis as unknown as { postalScan?: ReturnType<typeof setInterval> };

/** One scan; a failure is logged and the next run tries again, so the server never crashes for it. */
export async function runPostalScan(now = new Date()) {
  try {
    const returned = await returnUndeliverableResults(now);
    if (returned) console.info(`Postal scan: ${returned} result(s) returned to the agency after failed deliveries.`);
  } catch (e) {
    console.error("Postal scan failed:", e);
  }
}

/** Starts the periodic scan inside the server process, once (instrumentation.ts register()). */
export function startPostalScan(intervalMs = POSTAL_SCAN_INTERVAL_MS) {
  if (state.postalScan) return;
  state.postalScan = setInterval(() => void runPostalScan(), intervalMs);
  state.postalScan.unref?.();
  void runPostalScan();
}
