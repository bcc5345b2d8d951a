// When the officer responsible for a dossier must be warned of its deadline: the apology and new
// date (Mẫu 04) is due "chậm nhất 01 ngày trước ngày hết hạn" (NĐ 61/2018 Art. 19(9) as replaced by
// NĐ 118/2025 Art. 19 (unverified); TT 01/2018 as replaced by TT 03/2025), read as the last
// working day before the due date. The warning must leave that whole day to write and sign it, so
// it starts at the beginning (07:00) of that day, never at its 17:00 when the office has closed
// (docs/domain.md §5.4: due Mon 4/5/2026 → apology by Wed 29/4 → warn by 07:00 on 29/4).
// The statuses are the Prisma enum's names, as strings (see ./types.ts).
import { MS_PER_DAY, dayNumberOf, instantAt, isoDateOf } from "../text/vietnam-time";
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

/**
 * The start of office hours of the last working day on which the apology is still lawful: the
 * working day before the due date (due Thursday 17:00 → Wednesday 07:00; due Monday 4/5/2026 after
 * 30/4–1/5 → Wednesday 29/4 07:00). The due time of day does not matter: the apology's limit is
 * a day, so an hour-based due time on Tuesday 10:00 is warned on Monday 07:00 too.
 */
export function warningStartsAt(dueAt: Date, calendar: WorkingCalendar): Date {
  let day = dayNumberOf(dueAt);
  for (let left = WARNING_LEAD_WORKING_DAYS; left > 0;) {
    day -= 1;
    if (calendar.isWorkingDay(isoDateOf(day))) left -= 1;
  }
  // Midnight of a working day: its next office time is the opening of its first period.
  return calendar.nextOfficeTime(instantAt(day, 0));
}

/**
 * Whether a dossier needs the warning now: its clock runs and now ≥ warningStartsAt(dueAt).
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
 * warningStartsAt(dueAt) lies on (at the start of) the last working day W before dueAt's date D; W ≤ now's date
 * implies D ≤ N', the first working day after now's date, so dueAt is before the start of
 * N' + 1 day ≤ addWorkingDays(now, 1) + 24 h. A superset: e.g. a Saturday due time may pass
 * the bound and still fail the rule.
 */
export function warningCandidatesDueBefore(now: Date, calendar: WorkingCalendar): Date {
  return new Date(addWorkingDays(now, WARNING_LEAD_WORKING_DAYS, calendar).getTime() + MS_PER_DAY);
}
