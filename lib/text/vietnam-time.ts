// Wall-clock arithmetic in Asia/Ho_Chi_Minh, the one home of the UTC+7 offset. Vietnam has kept
// UTC+7 without daylight saving since 1975, so a fixed offset is exact for every date this system
// handles. Only UTC getters and Date.UTC are used: results never depend on the server's TZ.

/** A calendar date in Asia/Ho_Chi_Minh, written "YYYY-MM-DD". */
export type IsoDate = string;

/** A wall-clock time in Asia/Ho_Chi_Minh, written "HH:MM" (24-hour). */
export type ClockTime = string;

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;
const VN_OFFSET_MS = 7 * MS_PER_HOUR;

/** A local date as whole days since 1970-01-01 (Vietnam), the internal unit for day loops. */
export type DayNumber = number;

/** The epoch milliseconds of a valid Date; throws on anything else (e.g. new Date("junk")). */
export function instantMs(instant: Date, what = "instant"): number {
  const ms = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (!Number.isFinite(ms)) throw new RangeError(`${what} is not a valid Date`);
  return ms;
}

export function dayNumberOf(instant: Date): DayNumber {
  return Math.floor((instantMs(instant) + VN_OFFSET_MS) / MS_PER_DAY);
}

/** Milliseconds elapsed since local (Vietnam) midnight. */
export function msOfDay(instant: Date): number {
  const local = instantMs(instant) + VN_OFFSET_MS;
  return local - Math.floor(local / MS_PER_DAY) * MS_PER_DAY;
}

/** The instant at `minuteOfDay` minutes after local midnight of `day`. */
export function instantAt(day: DayNumber, minuteOfDay: number): Date {
  return new Date(day * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE - VN_OFFSET_MS);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function dayNumberFromIsoDate(date: IsoDate): DayNumber {
  const match = typeof date === "string" ? ISO_DATE.exec(date) : null;
  if (!match) throw new RangeError(`"${String(date)}" is not a YYYY-MM-DD date`);
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // Date.UTC silently rolls 2026-02-30 into March: reject instead of guessing.
  if (new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`"${date}" is not a real calendar date`);
  }
  return ms / MS_PER_DAY;
}

export function isoDateOf(day: DayNumber): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whether a string is a real "YYYY-MM-DD" date (not 2026-02-30). */
export function isIsoDate(date: string): boolean {
  try {
    dayNumberFromIsoDate(date);
    return true;
  } catch {
    return false;
  }
}

/** The instant local (Vietnam) midnight starts the date "YYYY-MM-DD". */
export function startOfDay(date: IsoDate): Date {
  return instantAt(dayNumberFromIsoDate(date), 0);
}

/**
 * A Date whose UTC fields read the wall-clock time in Vietnam: for formats that carry no time
 * zone (Excel cells) and for strings cut from toISOString().
 */
export function wallClock(instant: Date): Date {
  return new Date(instantMs(instant) + VN_OFFSET_MS);
}

/** The date in Vietnam as "YYMMDD", the day part of dossier codes and hand-over numbers. */
export function compactDate(instant: Date): string {
  return isoDateOf(dayNumberOf(instant)).slice(2).replace(/-/g, "");
}

/** A day given either as an instant (its date in Vietnam) or as "YYYY-MM-DD". */
export function toDayNumber(day: Date | IsoDate): DayNumber {
  return typeof day === "string" ? dayNumberFromIsoDate(day) : dayNumberOf(day);
}

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "HH:MM" → minutes after midnight. */
export function parseClockTime(time: ClockTime, what = "time"): number {
  const match = typeof time === "string" ? CLOCK_TIME.exec(time) : null;
  if (!match) throw new RangeError(`${what} "${String(time)}" is not a HH:MM time`);
  return Number(match[1]) * 60 + Number(match[2]);
}
