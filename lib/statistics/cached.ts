import "server-only";
import { unstable_cache } from "next/cache";
import { loadPublicStatistics } from "./public";
import { REFRESH_INTERVAL_MS } from "./schedule";

// The public statistics are the same for every visitor and change only when the summary is
// refreshed: pages read them through this data cache (keyed by period and agency), kept as long
// as a refresh interval, or dropped at once by revalidateTag("statistics") after a refresh on
// demand (actions.ts). Tests use the uncached function.
export const STATISTICS_TAG = "statistics";
export const cachedPublicStatistics = unstable_cache(loadPublicStatistics, ["public-statistics"], {
  revalidate: REFRESH_INTERVAL_MS / 1000,
  tags: [STATISTICS_TAG],
});
