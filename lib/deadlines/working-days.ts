// Counting whole working days, e.g. "a supplement may be requested only within 3 working days
// of reception" or "the apology (Mẫu 04) is sent at least 1 working day before the deadline"
// (addWorkingDays with a negative n): NĐ 61/2018 Art. 19(4) and 19(9), as
// replaced by NĐ 118/2025, and TT 01/2018/TT-VPCP as replaced by TT 03/2025.
import type { WorkingCalendar } from "./working-calendar";
import { MS_PER_DAY, dayNumberOf, instantMs, isoDateOf, type DayNumber } from "../text/vietnam-time";

/**
 * Working days after `a`'s date up to and including `b`'s date (dates in Vietnam; times of day
 * are ignored). Negative when `b`'s date is before `a`'s: -countWorkingDaysBetween(b, a).
 */
export function countWorkingDaysBetween(a: Date, b: Date, calendar: WorkingCalendar): number {
  const from = dayNumberOf(a);
  const to = dayNumberOf(b);
  if (to < from) return -countWorkingDaysBetween(b, a, calendar);
  let count = 0;
  for (let day = from + 1; day <= to; day += 1) {
    if (isWorkingDayNumber(day, calendar)) count += 1;
  }
  return count;
}

/**
 * The n-th working day after `date`'s date (n > 0) or before it (n < 0), at the same wall-clock
 * time; n = 0 returns the date unchanged. countWorkingDaysBetween(d, addWorkingDays(d, n)) = n
 * for every n ≥ 0.
 */
export function addWorkingDays(date: Date, n: number, calendar: WorkingCalendar): Date {
  if (!Number.isInteger(n)) throw new RangeError(`working days must be a whole number, got ${n}`);
  const ms = instantMs(date, "date");
  const start = dayNumberOf(date);
  const step = Math.sign(n);
  let day = start;
  for (let remaining = Math.abs(n); remaining > 0;) {
    day += step;
    if (isWorkingDayNumber(day, calendar)) remaining -= 1;
  }
  return new Date(ms + (day - start) * MS_PER_DAY); // fixed offset: whole days are 24 h
}

/** The first working day on or after `day`. */
export function firstWorkingDayFrom(day: DayNumber, calendar: WorkingCalendar): DayNumber {
  let current = day;
  while (!isWorkingDayNumber(current, calendar)) current += 1;
  return current;
}

function isWorkingDayNumber(day: DayNumber, calendar: WorkingCalendar): boolean {
  return calendar.isWorkingDay(isoDateOf(day));
}
