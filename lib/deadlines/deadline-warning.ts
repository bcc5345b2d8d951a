// When the officer responsible for a dossier must be warned of its deadline: NĐ 61/2018 Art. 19(9)
// as replaced by NĐ 118/2025 (TT 01/2018 as replaced by TT 03/2025): the apology (Mẫu 04) is sent
// at least 1 working day before the deadline, so the warning starts then. The statuses are the
// Prisma enum's names, as strings (see ./types.ts).
import { MS_PER_DAY } from "../text/vietnam-time";
import { addWorkingDays } from "./working-days";
import type { WorkingCalendar } from "./working-calendar";

/**
 * Statuses whose clock is running. SUPPLEMENT_REQUESTED is left out: its clock is stopped and
 * restarts from zero when the complete dossier arrives. SUBMITTED has no deadline yet.
 */
export const WARNED_STATUSES = ["RECEIVED", "PROCESSING", "AWAITING_PAYMENT"] as const;

/** "Chậm nhất 01 ngày làm việc trước hạn": the apology's lead time, so the warning's too. */
export const WARNING_LEAD_WORKING_DAYS = 1;

export type DeadlineWarning = {
  /** OVERDUE: the due time has passed; the Mẫu 04 is late but still owed to the citizen. */
  kind: "APPROACHING" | "OVERDUE";
  dueAt: Date;
  /** From when the dossier needs the warning. */
  warnFrom: Date;
};

/** One working day before the due time, at the same wall-clock time (17:00 due → 17:00 the working day before). */
export function warningStartsAt(dueAt: Date, calendar: WorkingCalendar): Date {
  return addWorkingDays(dueAt, -WARNING_LEAD_WORKING_DAYS, calendar);
}

/**
 * Whether a dossier needs the warning now: its clock runs and now ≥ dueAt − 1 working day.
 * Once overdue it still does (kind OVERDUE): the apology must still be sent, late.
 */
export function deadlineWarning(
  dossier: { status: string; dueAt: Date | null },
  now: Date,
  calendar: WorkingCalendar,
): DeadlineWarning | null {
  if (!dossier.dueAt || !(WARNED_STATUSES as readonly string[]).includes(dossier.status)) return null;
  const warnFrom = warningStartsAt(dossier.dueAt, calendar);
  if (now.getTime() < warnFrom.getTime()) return null;
  return { kind: now.getTime() >= dossier.dueAt.getTime() ? "OVERDUE" : "APPROACHING", dueAt: dossier.dueAt, warnFrom };
}

/**
 * Every dossier that needs a warning now is due strictly before this instant, so a scan can
 * narrow its query on (status, dueAt) and then apply deadlineWarning exactly. Why it holds:
 * warningStartsAt(dueAt) lies on the last working day W before dueAt's date D; W ≤ now's date
 * implies D ≤ N', the first working day after now's date, so dueAt is before the start of
 * N' + 1 day ≤ addWorkingDays(now, 1) + 24 h. A superset: e.g. a Saturday due time may pass
 * the bound and still fail the rule.
 */
export function warningCandidatesDueBefore(now: Date, calendar: WorkingCalendar): Date {
  return new Date(addWorkingDays(now, WARNING_LEAD_WORKING_DAYS, calendar).getTime() + MS_PER_DAY);
}
