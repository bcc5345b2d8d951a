import { describe, expect, it } from "vitest";
import { at, calendar, expectInstant } from "./test-calendar";
import { addWorkingDays, countWorkingDaysBetween } from "./working-days";

describe("countWorkingDaysBetween: working days after a's date up to and including b's date", () => {
  it.each([
    ["2026-03-16T10:00+07:00", "2026-03-16T16:00+07:00", 0, "same date"],
    ["2026-03-16T16:00+07:00", "2026-03-17T08:00+07:00", 1, "Monday → Tuesday, times ignored"],
    ["2026-03-16T23:59+07:00", "2026-03-17T00:00+07:00", 1, "one minute, one date apart"],
    ["2026-03-16T10:00+07:00", "2026-03-20T10:00+07:00", 4, "Monday → Friday"],
    ["2026-03-20T10:00+07:00", "2026-03-21T10:00+07:00", 0, "Friday → Saturday"],
    ["2026-03-20T10:00+07:00", "2026-03-23T10:00+07:00", 1, "Friday → Monday"],
    ["2026-03-21T10:00+07:00", "2026-03-23T10:00+07:00", 1, "Saturday → Monday"],
    ["2026-04-29T10:00+07:00", "2026-05-04T10:00+07:00", 1, "over the Thursday/Friday holiday"],
    ["2026-04-28T10:00+07:00", "2026-05-05T10:00+07:00", 3, "Wed 29, Mon 4, Tue 5"],
    ["2026-04-29T10:00+07:00", "2026-05-01T10:00+07:00", 0, "ending on a holiday"],
    ["2026-02-12T10:00+07:00", "2026-02-24T10:00+07:00", 3, "over Tết: Fri 13, Mon 23, Tue 24"],
    ["2026-01-09T10:00+07:00", "2026-01-10T10:00+07:00", 1, "the make-up Saturday counts"],
    ["2026-03-17T10:00+07:00", "2026-03-16T10:00+07:00", -1, "reversed: negative"],
    ["2026-05-04T10:00+07:00", "2026-04-29T10:00+07:00", -1, "reversed over the holiday"],
    ["2026-03-15T17:30:00Z", "2026-03-16T10:00+07:00", 0, "Monday 00:30 in Vietnam is the same date"],
  ])("%s → %s = %i (%s)", (a, b, expected) => {
    expect(countWorkingDaysBetween(at(a), at(b), calendar)).toBe(expected);
  });
});

describe("addWorkingDays: the n-th working day after (or before), same wall-clock time", () => {
  it.each([
    ["2026-03-16T10:00+07:00", 0, "2026-03-16T10:00+07:00", "n = 0: unchanged"],
    ["2026-03-16T10:00+07:00", 1, "2026-03-17T10:00+07:00", "Monday + 1"],
    ["2026-03-20T10:00+07:00", 1, "2026-03-23T10:00+07:00", "Friday + 1"],
    ["2026-03-21T10:00+07:00", 1, "2026-03-23T10:00+07:00", "Saturday + 1"],
    ["2026-04-29T10:00+07:00", 1, "2026-05-04T10:00+07:00", "over the holiday"],
    ["2026-04-28T15:30+07:00", 3, "2026-05-05T15:30+07:00", "Wed 29, Mon 4, Tue 5"],
    ["2026-02-13T09:00+07:00", 1, "2026-02-23T09:00+07:00", "over Tết"],
    ["2026-01-09T09:00+07:00", 1, "2026-01-10T09:00+07:00", "onto the make-up Saturday"],
    ["2026-05-04T10:00+07:00", -1, "2026-04-29T10:00+07:00", "back over the holiday"],
    ["2026-03-21T10:00+07:00", -1, "2026-03-20T10:00+07:00", "Saturday - 1"],
    ["2026-02-23T17:00+07:00", -2, "2026-02-12T17:00+07:00", "back over Tết"],
    ["2026-03-15T17:30:00Z", 1, "2026-03-17T00:30+07:00", "the date is taken in Vietnam"],
  ])("%s + %i → %s (%s)", (from, n, expected) => {
    expectInstant(addWorkingDays(at(from), n, calendar), expected);
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY])("rejects n = %s", (n) => {
    expect(() => addWorkingDays(at("2026-03-16T10:00+07:00"), n, calendar)).toThrow(RangeError);
  });

  it("is the inverse of countWorkingDaysBetween for n ≥ 0, every day of the first half of 2026", () => {
    for (let day = 0; day < 181; day += 1) {
      const from = new Date(at("2026-01-01T09:00+07:00").getTime() + day * 86_400_000);
      for (let n = 0; n <= 12; n += 1) {
        expect(countWorkingDaysBetween(from, addWorkingDays(from, n, calendar), calendar)).toBe(n);
      }
    }
  });
});

describe("the supplement window: a request only within 3 working days of reception", () => {
  const receivedAt = at("2026-04-28T16:00+07:00");
  const lastMoment = calendar.endOfOfficeDay(addWorkingDays(receivedAt, 3, calendar));

  it("ends at 17:00 of the 3rd working day", () => {
    expectInstant(lastMoment, "2026-05-05T17:00+07:00");
  });

  it.each([
    ["2026-05-05T16:59+07:00", true],
    ["2026-05-06T08:00+07:00", false],
  ])("a request at %s is allowed: %s", (requestedAt, allowed) => {
    expect(countWorkingDaysBetween(receivedAt, at(requestedAt), calendar) <= 3).toBe(allowed);
  });
});
