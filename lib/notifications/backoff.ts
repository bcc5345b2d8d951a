// When a failed delivery is tried again: exponential backoff (30 s, 1 min, 2 min, … capped), so a
// provider that is down for hours is not hammered while one that blinked gets the message soon.
export const RETRY_BASE_MS = 30_000;
export const RETRY_CAP_MS = 6 * 60 * 60 * 1000;

/** Delay before the next attempt after `failedAttempts` failures in a row (≥ 1). */
export function retryDelayMs(failedAttempts: number, baseMs = RETRY_BASE_MS, capMs = RETRY_CAP_MS): number {
  const exponent = Math.max(0, failedAttempts - 1);
  // 2^exponent overflows to Infinity long before it matters; the cap keeps the result finite.
  return Math.min(capMs, baseMs * 2 ** exponent);
}
