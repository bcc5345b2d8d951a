import "server-only";
import { periodic } from "../jobs/periodic";
import { returnUndeliverableResults } from "./commands/return-undeliverable";

/** How often undeliverable results are looked for; the rule counts working days, so an hour is plenty. */
export const POSTAL_SCAN_INTERVAL_MS = 60 * 60_000;

/** Starts the periodic scan inside the server process, once (instrumentation.ts register()). */
export const startPostalScan = periodic("Postal scan", POSTAL_SCAN_INTERVAL_MS, async (now) => {
  const returned = await returnUndeliverableResults(now);
  if (returned) console.info(`Postal scan: ${returned} result(s) returned to the agency after failed deliveries.`);
});
