import "server-only";
import { periodic } from "../jobs/periodic";
import { draftDueReappointments } from "./commands/draft-due-reappointments";

/** How often the server looks for deadlines about to be missed; the warning is due a working day ahead, so minutes are plenty. */
export const SCAN_INTERVAL_MS = 10 * 60_000;

/** Starts the periodic scan inside the server process, once (instrumentation.ts register()). */
export const startDeadlineScan = periodic(
  "Deadline scan",
  SCAN_INTERVAL_MS,
  async (now) => {
    const { warned, drafted } = await draftDueReappointments(now);
    if (warned) console.info(`Deadline scan: ${warned} dossier(s) warned, ${drafted} Mẫu 04 drafted.`);
  },
  { announce: true },
);
