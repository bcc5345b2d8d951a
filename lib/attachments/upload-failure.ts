// What the browser does when a resumable upload fails (safe for the browser, no I/O): resume by
// itself when the connection was lost, offer "Thử lại" when the server could not take the file
// for now, and only show the refusal when the same file would be refused again. Kept apart from
// resumable-client.ts so that the decision can be tested without a browser.

/**
 * - `connection`: no answer from the server (offline, a dropped or weak network). The upload
 *   continues by itself from the last byte the server has, when the network is back.
 * - `temporary`: the server answered but could not take the file now (scanner unavailable,
 *   server error). "Thử lại" may help later.
 * - `final`: the same file will meet the same refusal (wrong type, too large, malware…).
 */
export type UploadFailure = { kind: "connection" | "temporary" | "final"; message: string };

// Refusals that the same file will meet again: bad input, signed out, too large, wrong type,
// refused by the inspection (malware, active content).
const FINAL_STATUSES = new Set([400, 401, 403, 413, 415, 422]);
/** lib/errors.ts: clamd could not be asked; the file was not kept (lib/files/inspect-upload.ts). */
const SCANNER_UNAVAILABLE = "SCANNER_UNAVAILABLE";

const REFUSED = "Tải tệp lên không thành công.";
const NOT_NOW = "Máy chủ chưa nhận được tệp. Vui lòng thử lại sau ít phút.";

/** The server's answer to the failed request; status 0 when none arrived. */
export type FailedResponse = { status: number; body: string };

function serverError(body: string): { error?: string; code?: string } {
  try {
    const parsed: unknown = JSON.parse(body);
    return parsed && typeof parsed === "object" ? (parsed as { error?: string; code?: string }) : {};
  } catch {
    return {};
  }
}

/** The failure the citizen is told about; the server's own Vietnamese message whenever it sent one. */
export function describeFailure(response: FailedResponse, online: boolean): UploadFailure {
  if (response.status === 0 || !online) return { kind: "connection", message: "" };
  const { error } = serverError(response.body);
  if (FINAL_STATUSES.has(response.status)) return { kind: "final", message: error ?? REFUSED };
  return { kind: "temporary", message: error ?? NOT_NOW };
}

/**
 * Whether tus-js-client should try the request again by itself after its next delay. Not while
 * offline: the page waits for the browser's `online` event instead of spending the delays. Not
 * when the scanner is unavailable: the last chunk's answer, after which the server has discarded
 * the bytes, and each try would send the whole file again for the same answer.
 */
export function shouldRetryAutomatically(response: FailedResponse, online: boolean): boolean {
  if (!online) return false;
  if (response.status === 0) return true;
  if (serverError(response.body).code === SCANNER_UNAVAILABLE) return false;
  if (response.status === 409 || response.status === 423) return true; // offset mismatch, locked: ask again
  return response.status >= 500;
}

// After tus's own retries are spent while the browser still claims to be online (a weak
// network drops requests without going offline), the page tries again after these, then every
// minute, and at once when the browser reports the network back.
const RESUME_DELAYS_MS = [15_000, 30_000, 60_000];

/** The wait before the page's own `attempt`-th (0-based) try to continue a stalled upload. */
export function resumeDelayMs(attempt: number): number {
  return RESUME_DELAYS_MS[Math.min(attempt, RESUME_DELAYS_MS.length - 1)];
}
