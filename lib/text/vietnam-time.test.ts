import { describe, expect, it } from "vitest";
import {
  compactDate,
  dayNumberFromIsoDate,
  dayNumberOf,
  instantAt,
  isIsoDate,
  isoDateOf,
  msOfDay,
  parseClockTime,
  startOfDay,
  wallClock,
  weekdayOf,
} from "./vietnam-time";

/** Every instant here carries its offset, so no test depends on the machine's TZ. */
const at = (iso: string) => new Date(iso);

describe("vietnam-time", () => {
  it.each([
    // instant, date in Vietnam, weekday (0 = Sunday), minutes after local midnight
    ["2026-03-16T00:00+07:00", "2026-03-16", 1, 0],
    ["2026-03-15T17:00:00Z", "2026-03-16", 1, 0], // UTC says Sunday, Vietnam says Monday
    ["2026-03-15T16:59:59Z", "2026-03-15", 0, 23 * 60 + 59],
    ["2026-03-16T17:30+07:00", "2026-03-16", 1, 17 * 60 + 30],
    ["2026-04-30T08:00+07:00", "2026-04-30", 4, 8 * 60],
    ["1969-12-31T23:00+07:00", "1969-12-31", 3, 23 * 60],
  ])("%s is %s (weekday %i), minute %i", (iso, date, weekday, minute) => {
    const day = dayNumberOf(at(iso));
    expect(isoDateOf(day)).toBe(date);
    expect(weekdayOf(day)).toBe(weekday);
    expect(Math.floor(msOfDay(at(iso)) / 60_000)).toBe(minute);
    expect(dayNumberFromIsoDate(date)).toBe(day);
  });

  it("builds local instants", () => {
    expect(instantAt(dayNumberFromIsoDate("2026-03-16"), 17 * 60).toISOString()).toBe("2026-03-16T10:00:00.000Z");
  });

  it.each(["2026-02-30", "2026-13-01", "2026/01/01", "26-01-01", "2026-1-1", ""])("rejects date %j", (bad) => {
    expect(() => dayNumberFromIsoDate(bad)).toThrow(RangeError);
  });

  it.each([
    ["07:00", 420],
    ["13:30", 810],
    ["00:00", 0],
    ["23:59", 1439],
  ])("parses %s", (time, minutes) => {
    expect(parseClockTime(time)).toBe(minutes);
  });

  it.each(["7:00", "24:00", "12:60", "1200", "noon"])("rejects time %j", (bad) => {
    expect(() => parseClockTime(bad)).toThrow(RangeError);
  });

  it("rejects invalid Dates", () => {
    expect(() => dayNumberOf(new Date("junk"))).toThrow(RangeError);
  });

  it.each([
    // instant, its start of day in Vietnam, YYMMDD, wall clock read in UTC
    ["2026-03-15T17:00:00Z", "2026-03-15T17:00:00.000Z", "260316", "2026-03-16T00:00:00.000Z"],
    ["2026-03-15T16:59:59Z", "2026-03-14T17:00:00.000Z", "260315", "2026-03-15T23:59:59.000Z"],
    ["2026-12-31T17:30:00Z", "2026-12-31T17:00:00.000Z", "270101", "2027-01-01T00:30:00.000Z"],
  ])("%s starts its day at %s, is %s, reads %s", (iso, dayStart, compact, wall) => {
    const instant = at(iso);
    expect(startOfDay(isoDateOf(dayNumberOf(instant))).toISOString()).toBe(dayStart);
    expect(compactDate(instant)).toBe(compact);
    expect(wallClock(instant).toISOString()).toBe(wall);
  });

  it("tells real dates from the rest", () => {
    expect(isIsoDate("2026-02-28")).toBe(true);
    expect(["2026-02-29", "2026-13-01", "2026-1-1", ""].filter(isIsoDate)).toEqual([]);
  });
});
