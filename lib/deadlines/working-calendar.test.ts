import { describe, expect, it } from "vitest";
import { at, calendar, expectInstant } from "./test-calendar";
import { createWorkingCalendar } from "./working-calendar";

describe("isWorkingDay", () => {
  it.each([
    ["2026-03-16", true, "Monday"],
    ["2026-03-20", true, "Friday"],
    ["2026-03-21", false, "Saturday"],
    ["2026-03-22", false, "Sunday"],
    ["2026-04-29", true, "Wednesday before 30/4"],
    ["2026-04-30", false, "30/4, a Thursday holiday"],
    ["2026-05-01", false, "1/5, a Friday holiday"],
    ["2026-05-04", true, "Monday after 1/5"],
    ["2026-01-02", false, "weekday swapped away"],
    ["2026-01-10", true, "make-up Saturday"],
    ["2026-01-17", false, "an ordinary Saturday"],
    ["2026-02-13", true, "Friday before Tết"],
    ["2026-02-16", false, "Tết, Monday"],
    ["2026-02-17", false, "Tết, Tuesday (Mùng 1)"],
    ["2026-02-20", false, "Tết, Friday"],
    ["2026-02-23", true, "first working day after Tết"],
  ])("%s → %s (%s)", (date, expected) => {
    expect(calendar.isWorkingDay(date)).toBe(expected);
  });

  it.each([
    ["2026-03-22T17:30:00Z", true, "Monday 00:30 in Vietnam, still Sunday in UTC"],
    ["2026-03-20T17:30:00Z", false, "Saturday 00:30 in Vietnam, still Friday in UTC"],
    ["2026-04-29T23:59+07:00", true, "last minute before the holiday"],
    ["2026-04-30T00:00+07:00", false, "first minute of the holiday"],
  ])("takes the date of an instant in Vietnam: %s → %s (%s)", (iso, expected) => {
    expect(calendar.isWorkingDay(at(iso))).toBe(expected);
  });
});

describe("isWithinOfficeHours", () => {
  it.each([
    ["2026-03-16T06:59+07:00", false],
    ["2026-03-16T07:00+07:00", true],
    ["2026-03-16T11:29:59+07:00", true],
    ["2026-03-16T11:30+07:00", false],
    ["2026-03-16T12:15+07:00", false],
    ["2026-03-16T13:30+07:00", true],
    ["2026-03-16T16:59:59+07:00", true],
    ["2026-03-16T17:00+07:00", false],
    ["2026-03-21T09:00+07:00", false], // Saturday
    ["2026-01-10T09:00+07:00", true], // make-up Saturday
    ["2026-04-30T09:00+07:00", false], // holiday
  ])("%s → %s", (iso, expected) => {
    expect(calendar.isWithinOfficeHours(at(iso))).toBe(expected);
  });
});

describe("nextWorkingDayStart", () => {
  it.each([
    ["2026-03-16T10:00+07:00", "2026-03-17T07:00+07:00", "Monday → Tuesday"],
    ["2026-03-16T06:00+07:00", "2026-03-17T07:00+07:00", "always a later date, even before opening"],
    ["2026-03-20T17:30+07:00", "2026-03-23T07:00+07:00", "Friday evening → Monday"],
    ["2026-03-21T10:00+07:00", "2026-03-23T07:00+07:00", "Saturday → Monday"],
    ["2026-04-29T10:00+07:00", "2026-05-04T07:00+07:00", "over 30/4–1/5 and the weekend"],
    ["2026-01-09T10:00+07:00", "2026-01-10T07:00+07:00", "Friday → make-up Saturday"],
    ["2026-02-13T16:00+07:00", "2026-02-23T07:00+07:00", "over Tết"],
  ])("%s → %s (%s)", (from, expected) => {
    expectInstant(calendar.nextWorkingDayStart(at(from)), expected);
  });
});

describe("nextOfficeTime and endOfOfficeDay", () => {
  it("keeps an instant within office hours", () => {
    expectInstant(calendar.nextOfficeTime(at("2026-03-16T09:41:13+07:00")), "2026-03-16T09:41:13+07:00");
  });

  it.each([
    ["2026-03-16", "2026-03-16T17:00+07:00"],
    ["2026-03-21", "2026-03-21T17:00+07:00"], // any date, working or not
  ])("end of office day %s → %s", (date, expected) => {
    expectInstant(calendar.endOfOfficeDay(date), expected);
  });
});

describe("custom office hours", () => {
  const custom = createWorkingCalendar(
    [],
    [
      { start: "13:00", end: "17:30" }, // given out of order on purpose
      { start: "07:30", end: "11:30" },
    ],
  );

  it("sorts the periods and uses the last end as the end of the day", () => {
    expect(custom.officeHours).toEqual([
      { start: "07:30", end: "11:30" },
      { start: "13:00", end: "17:30" },
    ]);
    expectInstant(custom.endOfOfficeDay("2026-03-16"), "2026-03-16T17:30+07:00");
    expectInstant(custom.nextOfficeTime(at("2026-03-16T12:00+07:00")), "2026-03-16T13:00+07:00");
    expectInstant(custom.nextWorkingDayStart(at("2026-03-16T12:00+07:00")), "2026-03-17T07:30+07:00");
  });
});

describe("invalid input", () => {
  it.each([
    ["a date that does not exist", [{ date: "2026-02-30", kind: "HOLIDAY" }]],
    ["a badly written date", [{ date: "30/04/2026", kind: "HOLIDAY" }]],
    ["an unknown kind", [{ date: "2026-04-30", kind: "DAY_OFF" }]],
    [
      "a date that is both kinds",
      [
        { date: "2026-01-10", kind: "HOLIDAY" },
        { date: "2026-01-10", kind: "MAKEUP_WORKDAY" },
      ],
    ],
  ])("rejects %s", (_label, rows) => {
    expect(() => createWorkingCalendar(rows as never)).toThrow(RangeError);
  });

  it("accepts the same row twice", () => {
    const twice = createWorkingCalendar([
      { date: "2026-04-30", kind: "HOLIDAY" },
      { date: "2026-04-30", kind: "HOLIDAY" },
    ]);
    expect(twice.isWorkingDay("2026-04-30")).toBe(false);
  });

  it.each([
    ["no periods", []],
    ["an empty period", [{ start: "11:30", end: "11:30" }]],
    ["a reversed period", [{ start: "17:00", end: "13:30" }]],
    [
      "overlapping periods",
      [
        { start: "07:00", end: "12:00" },
        { start: "11:30", end: "17:00" },
      ],
    ],
    ["a badly written time", [{ start: "7:00", end: "11:30" }]],
  ])("rejects office hours with %s", (_label, hours) => {
    expect(() => createWorkingCalendar([], hours)).toThrow(RangeError);
  });

  it("rejects an invalid Date", () => {
    expect(() => calendar.isWorkingDay(new Date("junk"))).toThrow(RangeError);
    expect(() => calendar.nextOfficeTime(new Date(Number.NaN))).toThrow(RangeError);
  });
});
