import "server-only";
import { draftDueReappointments } from "./commands/draft-due-reappointments";

/** How often the server looks for deadlines about to be missed; the warning is due a working day ahead, so minutes are plenty. */
export const SCAN_INTERVAL_MS = 10 * 60_000;

const state = globalThis as unknown as { deadlineScan?: ReturnType<typeof setInterval> };

/** One scan; a failure is logged and the next run tries again, so the server never crashes for it. */
export async function runDeadlineScan(now = new Date()) {
  try {
    const { warned, drafted } = await draftDueReappointments(now);
    if (warned) console.info(`Deadline scan: ${warned} dossier(s) warned, ${drafted} Mẫu 04 drafted.`);
  } catch (e) {
    console.error("Deadline scan failed:", e);
  }
}

/** Starts the periodic scan inside the server process, once (instrumentation.ts register()). */
export function startDeadlineScan(intervalMs = SCAN_INTERVAL_MS) {
  if (state.deadlineScan) return;
  state.deadlineScan = setInterval(() => void runDeadlineScan(), intervalMs);
  state.deadlineScan.unref?.(); // never keeps the process alive on shutdown
  console.info(`Deadline scan started (every ${Math.round(intervalMs / 60_000)} minutes).`);
  void runDeadlineScan();
}
