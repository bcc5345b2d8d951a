// The working calendar: Monday–Friday, minus public holidays and Tết, plus official make-up
// days (BLLĐ 2019 Art. 111(3), 112), with office hours 07:00–11:30 and 13:30–17:00 by default. Built from the
// administrators' holiday table (model CalendarDay), so nothing here is hard-coded per year.
import {
  CALENDAR_DAY_KINDS,
  DEFAULT_OFFICE_HOURS,
  type CalendarDayKind,
  type CalendarException,
  type IsoDate,
  type OfficeHours,
} from "./types";
import {
  MS_PER_MINUTE,
  dayNumberFromIsoDate,
  dayNumberOf,
  instantAt,
  instantMs,
  msOfDay,
  parseClockTime,
  toDayNumber,
  weekdayOf,
  type DayNumber,
} from "../text/vietnam-time";

export interface WorkingCalendar {
  /** The office periods, sorted by start time. */
  readonly officeHours: OfficeHours;
  /** Whether the date (of an instant, in Vietnam) is a working day. */
  isWorkingDay(day: Date | IsoDate): boolean;
  /** Within an office period of a working day; periods are half-open: 07:00 in, 11:30 out. */
  isWithinOfficeHours(instant: Date): boolean;
  /** Start of office hours (07:00) of the first working day whose date is after the instant's date. */
  nextWorkingDayStart(instant: Date): Date;
  /** The instant itself if it is within office hours, else the start of the next office period. */
  nextOfficeTime(instant: Date): Date;
  /** End of office hours (17:00) on that date, whether or not it is a working day. */
  endOfOfficeDay(day: Date | IsoDate): Date;
}

interface Period {
  start: number; // minutes after midnight
  end: number;
}

export function createWorkingCalendar(
  exceptions: readonly CalendarException[],
  officeHours: OfficeHours = DEFAULT_OFFICE_HOURS,
): WorkingCalendar {
  const kinds = indexExceptions(exceptions);
  const { periods, dayStart, dayEnd } = parseOfficeHours(officeHours);

  const isWorkingDayNumber = (day: DayNumber): boolean => {
    const kind = kinds.get(day);
    if (kind === "HOLIDAY") return false;
    if (kind === "MAKEUP_WORKDAY") return true;
    const weekday = weekdayOf(day);
    return weekday >= 1 && weekday <= 5;
  };

  const nextWorkingDayStart = (instant: Date): Date => {
    // Terminates: the exception table is finite, so some later Monday is a working day.
    let day = dayNumberOf(instant) + 1;
    while (!isWorkingDayNumber(day)) day += 1;
    return instantAt(day, dayStart);
  };

  return {
    officeHours: Object.freeze(
      periods.map((p) => Object.freeze({ start: formatMinutes(p.start), end: formatMinutes(p.end) })),
    ),
    isWorkingDay: (day) => isWorkingDayNumber(toDayNumber(day)),
    isWithinOfficeHours(instant) {
      if (!isWorkingDayNumber(dayNumberOf(instant))) return false;
      const ms = msOfDay(instant);
      return periods.some((p) => ms >= p.start * MS_PER_MINUTE && ms < p.end * MS_PER_MINUTE);
    },
    nextWorkingDayStart,
    nextOfficeTime(instant) {
      const day = dayNumberOf(instant);
      if (isWorkingDayNumber(day)) {
        const ms = msOfDay(instant);
        for (const p of periods) {
          if (ms < p.end * MS_PER_MINUTE) {
            return ms >= p.start * MS_PER_MINUTE ? new Date(instantMs(instant)) : instantAt(day, p.start);
          }
        }
      }
      return nextWorkingDayStart(instant);
    },
    endOfOfficeDay: (day) => instantAt(toDayNumber(day), dayEnd),
  };
}

function indexExceptions(exceptions: readonly CalendarException[]): Map<DayNumber, CalendarDayKind> {
  const kinds = new Map<DayNumber, CalendarDayKind>();
  for (const row of exceptions) {
    if (!CALENDAR_DAY_KINDS.includes(row.kind)) {
      throw new RangeError(`calendar exception ${row.date}: unknown kind "${String(row.kind)}"`);
    }
    const day = dayNumberFromIsoDate(row.date);
    const previous = kinds.get(day);
    if (previous !== undefined && previous !== row.kind) {
      throw new RangeError(`calendar exception ${row.date} is both ${previous} and ${row.kind}`);
    }
    kinds.set(day, row.kind);
  }
  return kinds;
}

function parseOfficeHours(officeHours: OfficeHours): { periods: Period[]; dayStart: number; dayEnd: number } {
  const periods = officeHours
    .map((p) => ({ start: parseClockTime(p.start, "office start"), end: parseClockTime(p.end, "office end") }))
    .sort((a, b) => a.start - b.start);
  let previousEnd = -1;
  for (const p of periods) {
    if (p.start >= p.end)
      throw new RangeError(`office period ${formatMinutes(p.start)}–${formatMinutes(p.end)} is empty`);
    if (p.start < previousEnd) throw new RangeError("office periods overlap");
    previousEnd = p.end;
  }
  const first = periods[0];
  if (first === undefined) throw new RangeError("office hours must have at least one period");
  return { periods, dayStart: first.start, dayEnd: previousEnd };
}

function formatMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
