// Before a deadline is missed: which new date the system proposes for the apology (Mẫu 04, Phiếu
// xin lỗi và hẹn lại ngày trả kết quả); when the officer is warned is lib/deadlines/deadline-warning.ts.
// NĐ 61/2018 Art. 19 as replaced by NĐ 118/2025, TT 01/2018 as replaced by TT 03/2025
// (Art. 19(9) of NĐ 61/2018): the apology is sent at least 1 working day before the deadline, and a new
// date may be given only once. Pure: no database, no clock; safe on server and client.
import { addWorkingDays, type ProcessingDuration, type WorkingCalendar } from "../deadlines";
import { dayNumberOf, isoDateOf } from "../text/vietnam-time";
import { shortDateTime } from "../text/vietnamese-dates";

/** Bounds of the proposed extension, in working days (see extensionWorkingDays). */
export const MIN_EXTENSION_WORKING_DAYS = 1;
export const MAX_EXTENSION_WORKING_DAYS = 10;
/** For a procedure without a recorded processing time. */
export const DEFAULT_EXTENSION_WORKING_DAYS = 5;

/**
 * How many working days the proposed new date adds: the procedure's own legal processing time
 * (the time the law deems enough for the whole job, so ample to finish it), converted to working
 * days (calendar days × 5/7, 8 office hours per day) and kept between 1 and 10 working days so
 * that a long procedure does not propose a months-long delay. The leader may change it.
 */
export function extensionWorkingDays(timing: ProcessingDuration | null): number {
  if (!timing) return DEFAULT_EXTENSION_WORKING_DAYS;
  const days =
    timing.unit === "WORKING_DAYS"
      ? timing.amount
      : timing.unit === "CALENDAR_DAYS"
        ? Math.ceil((timing.amount * 5) / 7)
        : Math.ceil(timing.amount / 8);
  return Math.min(MAX_EXTENSION_WORKING_DAYS, Math.max(MIN_EXTENSION_WORKING_DAYS, days));
}

/**
 * The new date the system drafts: the end of office hours, that many working days after the
 * current due time, or after now when it has already passed (a new date must lie ahead).
 */
export function proposeNewDueAt(
  dueAt: Date,
  timing: ProcessingDuration | null,
  now: Date,
  calendar: WorkingCalendar,
): Date {
  const base = dueAt.getTime() > now.getTime() ? dueAt : now;
  return calendar.endOfOfficeDay(addWorkingDays(base, extensionWorkingDays(timing), calendar));
}

/** Why a new due time chosen by the leader is refused, or null when it is acceptable. */
export function newDueAtProblem(newDueAt: Date, currentDueAt: Date, now: Date): string | null {
  if (newDueAt.getTime() <= currentDueAt.getTime())
    return `Ngày hẹn trả kết quả mới phải sau ngày hẹn trả kết quả hiện tại (${shortDateTime(currentDueAt)}).`;
  if (newDueAt.getTime() <= now.getTime()) return "Ngày hẹn trả kết quả mới phải là một ngày trong tương lai.";
  return null;
}

/** The date (in Vietnam) of an instant, "YYYY-MM-DD", as a date input holds it. */
export function vietnamDateOf(instant: Date): string {
  return isoDateOf(dayNumberOf(instant));
}
