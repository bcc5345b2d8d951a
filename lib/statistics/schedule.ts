import "server-only";
import { refreshStatistics } from "./refresh";

/** How often the summary is brought up to date: the public page's cache lives as long (cached.ts). */
export const REFRESH_INTERVAL_MS = 5 * 60_000;

const state = globalThis as unknown as { statisticsRefresh?: ReturnType<typeof setInterval> };

/** One refresh; a failure is logged and the next run tries again, so the server never crashes for it. */
export async function runStatisticsRefresh(now = new Date()) {
  try {
    const { full, days } = await refreshStatistics(now);
    if (full) console.info("Statistics: summary rebuilt.");
    else if (days?.length) console.info(`Statistics: ${days.length} day(s) refreshed.`);
  } catch (e) {
    console.error("Statistics refresh failed:", e);
  }
}

/** Starts the periodic refresh inside the server process, once (instrumentation.ts register()). */
export function startStatisticsRefresh(intervalMs = REFRESH_INTERVAL_MS) {
  if (state.statisticsRefresh) return;
  state.statisticsRefresh = setInterval(() => void runStatisticsRefresh(), intervalMs);
  state.statisticsRefresh.unref?.(); // never keeps the process alive on shutdown
  void runStatisticsRefresh();
}
