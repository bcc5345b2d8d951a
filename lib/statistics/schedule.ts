import "server-only";
import { periodic } from "../jobs/periodic";
import { refreshStatistics } from "./refresh";

/** How often the summary is brought up to date: the public page's cache lives as long (cached.ts). */
export const REFRESH_INTERVAL_MS = 5 * 60_000;

/** Starts the periodic refresh inside the server process, once (instrumentation.ts register()). */
export const startStatisticsRefresh = periodic("Statistics refresh", REFRESH_INTERVAL_MS, async (now) => {
  const { full, days } = await refreshStatistics(now);
  if (full) console.info("Statistics: summary rebuilt.");
  else if (days?.length) console.info(`Statistics: ${days.length} day(s) refreshed.`);
});
