// Shared vocabulary of the deadline calculator. The string unions mirror the Prisma enums
// `DurationUnit` and `CalendarDayKind` without importing them: this folder is pure and may be
// used on the server and in the browser alike.

import type { ClockTime, IsoDate } from "../text/vietnam-time";

export type { ClockTime, IsoDate };

export const CALENDAR_DAY_KINDS = ["HOLIDAY", "MAKEUP_WORKDAY"] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

/**
 * One row of the administrators' holiday table: a day off on a weekday (nghỉ lễ, Tết, or a
 * weekday swapped away) or a make-up working day (ngày làm bù, usually a Saturday).
 */
export interface CalendarException {
  date: IsoDate;
  kind: CalendarDayKind;
  name?: string;
}

export interface OfficePeriod {
  start: ClockTime;
  end: ClockTime;
}

/** The working periods of one working day, e.g. morning and afternoon. */
export type OfficeHours = readonly OfficePeriod[];

/** 07:00–11:30 (4.5 h) and 13:30–17:00 (3.5 h): 1 working day = 8 office hours (docs/domain.md §5, "Working time"). */
export const DEFAULT_OFFICE_HOURS: OfficeHours = Object.freeze([
  Object.freeze({ start: "07:00", end: "11:30" }),
  Object.freeze({ start: "13:30", end: "17:00" }),
]);

export const DURATION_UNITS = ["WORKING_DAYS", "CALENDAR_DAYS", "WORKING_HOURS"] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

/** A procedure's processing time (thời hạn giải quyết), as stored in ProcedureTiming. */
export interface ProcessingDuration {
  amount: number;
  unit: DurationUnit;
}

/** "Trước hạn / đúng hạn / quá hạn" of the processing control slip (Mẫu 05) and reports. */
export type CompletionClass = "EARLY" | "ON_TIME" | "LATE";
