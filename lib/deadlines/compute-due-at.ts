// The due time (hạn trả kết quả) printed on the receipt (Mẫu 01) and tracked until the result
// is returned. Processing times are set per procedure in working days, calendar days or
// working hours (BLDS 2015 Art. 147–148; NĐ 61/2018 Art. 15–19 as replaced by NĐ 118/2025).
import { DURATION_UNITS, type ClockTime, type ProcessingDuration } from "./types";
import type { WorkingCalendar } from "./working-calendar";
import { addWorkingDays, firstWorkingDayFrom } from "./working-days";
import {
  MS_PER_HOUR,
  MS_PER_MINUTE,
  dayNumberOf,
  instantMs,
  isoDateOf,
  msOfDay,
  parseClockTime,
} from "../text/vietnam-time";

/** "Same day, next working day if received after 15:00" (Đăng ký khai sinh, 1.001193 in the national catalogue). */
export const DEFAULT_SAME_DAY_CUTOFF: ClockTime = "15:00";

export interface DueAtOptions {
  /** For WORKING_DAYS 0: a dossier received after this time is due the next working day. */
  sameDayCutoff?: ClockTime;
}

/**
 * `receivedAt` is the legal reception instant, taken as given: for an online dossier pass
 * effectiveReceptionTime(submittedAt), so that a Friday-evening submission counts from Monday.
 *
 * - WORKING_DAYS n ≥ 1: 17:00 of the n-th working day after the reception date (counting starts
 *   the working day after reception, "kể từ ngày nhận đủ hồ sơ hợp lệ").
 * - WORKING_DAYS 0 ("same day"): 17:00 on the reception date; the next working day 17:00 if
 *   received after the cut-off (15:00:00 is not after) or on a day off.
 * - CALENDAR_DAYS n ≥ 1: 17:00 of reception date + n; if that is a day off, the next working day.
 * - WORKING_HOURS n ≥ 1: n hours of office time from the reception instant (or from the next
 *   office period if outside one); may end exactly at 11:30 or 17:00.
 */
export function computeDueAt(
  receivedAt: Date,
  duration: ProcessingDuration,
  calendar: WorkingCalendar,
  options: DueAtOptions = {},
): Date {
  instantMs(receivedAt, "receivedAt");
  const { amount, unit } = duration;
  if (!DURATION_UNITS.includes(unit)) throw new RangeError(`unknown duration unit "${String(unit)}"`);
  const minimum = unit === "WORKING_DAYS" ? 0 : 1;
  if (!Number.isInteger(amount) || amount < minimum) {
    throw new RangeError(`${unit} must be a whole number ≥ ${minimum}, got ${amount}`);
  }

  switch (unit) {
    case "WORKING_DAYS":
      if (amount === 0) return sameDayDueAt(receivedAt, calendar, options.sameDayCutoff ?? DEFAULT_SAME_DAY_CUTOFF);
      return calendar.endOfOfficeDay(addWorkingDays(receivedAt, amount, calendar));
    case "CALENDAR_DAYS": {
      const day = firstWorkingDayFrom(dayNumberOf(receivedAt) + amount, calendar);
      return calendar.endOfOfficeDay(isoDateOf(day));
    }
    case "WORKING_HOURS":
      return addOfficeTime(receivedAt, amount * MS_PER_HOUR, calendar);
  }
}

function sameDayDueAt(receivedAt: Date, calendar: WorkingCalendar, cutoff: ClockTime): Date {
  const cutoffMs = parseClockTime(cutoff, "same-day cut-off") * MS_PER_MINUTE;
  const endOfDay = calendar.endOfOfficeDay(receivedAt);
  if (cutoffMs > msOfDay(endOfDay)) throw new RangeError(`same-day cut-off ${cutoff} is after the end of office hours`);
  const sameDay = calendar.isWorkingDay(receivedAt) && msOfDay(receivedAt) <= cutoffMs;
  return sameDay ? endOfDay : calendar.endOfOfficeDay(addWorkingDays(receivedAt, 1, calendar));
}

/** Walks office periods forward; two iterations per working day with the default hours. */
function addOfficeTime(from: Date, durationMs: number, calendar: WorkingCalendar): Date {
  let remaining = durationMs;
  let cursor = calendar.nextOfficeTime(from);
  for (;;) {
    const periodEnd = currentPeriodEnd(cursor, calendar);
    const available = periodEnd.getTime() - cursor.getTime();
    if (remaining <= available) return new Date(cursor.getTime() + remaining);
    remaining -= available;
    cursor = calendar.nextOfficeTime(periodEnd); // periods are half-open: the end is outside
  }
}

/** End of the office period that contains `instant` (which must be within office hours). */
function currentPeriodEnd(instant: Date, calendar: WorkingCalendar): Date {
  const ms = msOfDay(instant);
  const day = instant.getTime() - ms;
  for (const period of calendar.officeHours) {
    const end = parseClockTime(period.end) * MS_PER_MINUTE;
    if (ms < end) return new Date(day + end);
  }
  throw new Error("unreachable: cursor is always within office hours");
}
