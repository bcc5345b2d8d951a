// Early / on time / late, as recorded per hand-over on the processing control slip (Mẫu 05,
// TT 01/2018/TT-VPCP as replaced by TT 03/2025) and counted in the on-time indicators.
import type { CompletionClass } from "./types";
import { dayNumberOf, instantMs } from "../text/vietnam-time";

/**
 * LATE after dueAt; EARLY on a date (in Vietnam) before the due date; otherwise ON_TIME, i.e.
 * on the due date up to and including the due instant. The comparison is by date, not by
 * working day: a result finished on the Saturday before a Monday deadline is EARLY.
 */
export function classifyCompletion(finishedAt: Date, dueAt: Date): CompletionClass {
  if (instantMs(finishedAt, "finishedAt") > instantMs(dueAt, "dueAt")) return "LATE";
  return dayNumberOf(finishedAt) < dayNumberOf(dueAt) ? "EARLY" : "ON_TIME";
}
