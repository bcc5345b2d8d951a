import { describe, expect, it } from "vitest";
import { computeDueAt } from "./compute-due-at";
import { effectiveReceptionTime } from "./effective-reception-time";
import { at, calendar, expectInstant } from "./test-calendar";
import type { ProcessingDuration } from "./types";
import { createWorkingCalendar } from "./working-calendar";

const days = (amount: number): ProcessingDuration => ({ amount, unit: "WORKING_DAYS" });
const calendarDays = (amount: number): ProcessingDuration => ({ amount, unit: "CALENDAR_DAYS" });
const hours = (amount: number): ProcessingDuration => ({ amount, unit: "WORKING_HOURS" });

describe("WORKING_DAYS n ≥ 1: 17:00 of the n-th working day after the reception date", () => {
  it.each([
    ["2026-03-16T10:00+07:00", 1, "2026-03-17T17:00+07:00", "Monday → Tuesday"],
    ["2026-03-16T07:00+07:00", 3, "2026-03-19T17:00+07:00", "Monday, 3 days → Thursday"],
    ["2026-03-16T16:59+07:00", 5, "2026-03-23T17:00+07:00", "5 days cross one weekend"],
    ["2026-03-18T09:00+07:00", 3, "2026-03-23T17:00+07:00", "Wednesday, 3 days → Monday"],
    ["2026-03-20T16:00+07:00", 1, "2026-03-23T17:00+07:00", "Friday → Monday"],
    ["2026-03-02T08:00+07:00", 10, "2026-03-16T17:00+07:00", "10 days = two weeks"],
    ["2026-04-29T09:00+07:00", 1, "2026-05-04T17:00+07:00", "holiday Thursday/Friday in the middle"],
    ["2026-04-28T09:00+07:00", 3, "2026-05-05T17:00+07:00", "Wed 29 (1), Mon 4 (2), Tue 5 (3)"],
    ["2026-04-27T09:00+07:00", 15, "2026-05-20T17:00+07:00", "Tue 28, Wed 29, then 13 from Mon 4: Wed 20"],
    ["2026-01-09T09:00+07:00", 1, "2026-01-10T17:00+07:00", "Friday → the make-up Saturday"],
    ["2026-01-10T09:00+07:00", 1, "2026-01-12T17:00+07:00", "received on the make-up Saturday"],
    ["2025-12-31T09:00+07:00", 1, "2026-01-05T17:00+07:00", "over New Year and the swapped Friday"],
    ["2026-02-13T10:00+07:00", 1, "2026-02-23T17:00+07:00", "last day before Tết → first day after"],
    ["2026-02-12T10:00+07:00", 3, "2026-02-24T17:00+07:00", "Fri 13 (1), Mon 23 (2), Tue 24 (3)"],
    ["2026-02-10T10:00+07:00", 5, "2026-02-24T17:00+07:00", "Wed 11, Thu 12, Fri 13, Mon 23, Tue 24"],
  ])("received %s, %i working days → %s (%s)", (received, n, expected) => {
    expectInstant(computeDueAt(at(received), days(n), calendar), expected);
  });

  it("takes receivedAt as given: pass effectiveReceptionTime for an online submission", () => {
    const submitted = at("2026-03-20T17:30+07:00"); // Friday after hours
    expectInstant(computeDueAt(submitted, days(1), calendar), "2026-03-23T17:00+07:00");
    const received = effectiveReceptionTime(submitted, calendar); // Monday 07:00
    expectInstant(computeDueAt(received, days(1), calendar), "2026-03-24T17:00+07:00");
  });
});

describe("WORKING_DAYS 0: same day, next working day if received after 15:00", () => {
  it.each([
    ["2026-03-16T07:00+07:00", "2026-03-16T17:00+07:00", "morning"],
    ["2026-03-16T14:59+07:00", "2026-03-16T17:00+07:00", "14:59"],
    ["2026-03-16T15:00+07:00", "2026-03-16T17:00+07:00", "15:00 sharp is not after 15:00"],
    ["2026-03-16T15:00:01+07:00", "2026-03-17T17:00+07:00", "one second after"],
    ["2026-03-16T15:01+07:00", "2026-03-17T17:00+07:00", "15:01"],
    ["2026-03-16T17:30+07:00", "2026-03-17T17:00+07:00", "17:30"],
    ["2026-03-16T06:30+07:00", "2026-03-16T17:00+07:00", "before opening on a working day"],
    ["2026-03-20T15:01+07:00", "2026-03-23T17:00+07:00", "Friday 15:01 → Monday"],
    ["2026-03-21T10:00+07:00", "2026-03-23T17:00+07:00", "Saturday → Monday"],
    ["2026-01-10T14:00+07:00", "2026-01-10T17:00+07:00", "make-up Saturday before 15:00"],
    ["2026-04-29T15:30+07:00", "2026-05-04T17:00+07:00", "eve of 30/4 after 15:00"],
    ["2026-02-13T15:01+07:00", "2026-02-23T17:00+07:00", "last day before Tết after 15:00"],
  ])("received %s → %s (%s)", (received, expected) => {
    expectInstant(computeDueAt(at(received), days(0), calendar), expected);
  });

  it("gives the same day for an online submission after hours, once made effective", () => {
    const received = effectiveReceptionTime(at("2026-03-16T17:30+07:00"), calendar);
    expectInstant(computeDueAt(received, days(0), calendar), "2026-03-17T17:00+07:00");
  });

  it.each([
    ["2026-03-16T15:30+07:00", "2026-03-16T17:00+07:00"],
    ["2026-03-16T16:01+07:00", "2026-03-17T17:00+07:00"],
  ])("uses a configured cut-off of 16:00: %s → %s", (received, expected) => {
    expectInstant(computeDueAt(at(received), days(0), calendar, { sameDayCutoff: "16:00" }), expected);
  });
});

describe("CALENDAR_DAYS: reception date + n at 17:00, moved to the next working day", () => {
  it.each([
    ["2026-03-16T10:00+07:00", 1, "2026-03-17T17:00+07:00", "plain"],
    ["2026-03-16T10:00+07:00", 4, "2026-03-20T17:00+07:00", "lands on Friday"],
    ["2026-03-16T10:00+07:00", 5, "2026-03-23T17:00+07:00", "lands on Saturday"],
    ["2026-03-16T10:00+07:00", 6, "2026-03-23T17:00+07:00", "lands on Sunday"],
    ["2026-03-16T10:00+07:00", 7, "2026-03-23T17:00+07:00", "lands on Monday"],
    ["2026-03-20T16:59+07:00", 2, "2026-03-23T17:00+07:00", "Friday + 2 = Sunday"],
    ["2026-04-20T10:00+07:00", 10, "2026-05-04T17:00+07:00", "lands on 30/4"],
    ["2026-03-31T10:00+07:00", 15, "2026-04-15T17:00+07:00", "weekends inside count"],
    ["2026-02-10T10:00+07:00", 15, "2026-02-25T17:00+07:00", "Tết inside counts"],
    ["2026-02-10T10:00+07:00", 7, "2026-02-23T17:00+07:00", "lands in Tết"],
    ["2026-01-03T10:00+07:00", 7, "2026-01-10T17:00+07:00", "lands on the make-up Saturday"],
    ["2026-03-21T10:00+07:00", 3, "2026-03-24T17:00+07:00", "received on a Saturday"],
  ])("received %s + %i calendar days → %s (%s)", (received, n, expected) => {
    expectInstant(computeDueAt(at(received), calendarDays(n), calendar), expected);
  });
});

describe("WORKING_HOURS: office time from the reception instant", () => {
  it.each([
    ["2026-03-16T07:00+07:00", 4, "2026-03-16T11:00+07:00", "within the morning"],
    ["2026-03-16T07:00+07:00", 8, "2026-03-16T17:00+07:00", "8 hours = one working day, ends at 17:00"],
    ["2026-03-16T09:00+07:00", 2, "2026-03-16T11:00+07:00", "ends before lunch"],
    ["2026-03-16T09:30+07:00", 2, "2026-03-16T11:30+07:00", "ends exactly at 11:30, not 13:30"],
    ["2026-03-16T10:00+07:00", 4, "2026-03-16T16:00+07:00", "crosses lunch: 1.5 h + 2.5 h"],
    ["2026-03-16T11:00+07:00", 1, "2026-03-16T14:00+07:00", "crosses lunch: 0.5 h + 0.5 h"],
    ["2026-03-16T12:00+07:00", 2, "2026-03-16T15:30+07:00", "received during lunch: starts 13:30"],
    ["2026-03-16T16:00+07:00", 2, "2026-03-17T08:00+07:00", "overnight"],
    ["2026-03-16T09:00+07:00", 8, "2026-03-17T09:00+07:00", "a full day overnight"],
    ["2026-03-16T06:00+07:00", 1, "2026-03-16T08:00+07:00", "received before opening"],
    ["2026-03-16T17:30+07:00", 1, "2026-03-17T08:00+07:00", "received after hours"],
    ["2026-03-20T16:00+07:00", 4, "2026-03-23T10:00+07:00", "over the weekend"],
    ["2026-03-21T10:00+07:00", 4, "2026-03-23T11:00+07:00", "received on a Saturday"],
    ["2026-03-16T07:00+07:00", 40, "2026-03-20T17:00+07:00", "a whole week"],
    ["2026-04-29T08:00+07:00", 24, "2026-05-06T08:00+07:00", "7 h, holiday and weekend, 8 h, 8 h, 1 h"],
    ["2026-01-09T16:00+07:00", 2, "2026-01-10T08:00+07:00", "onto the make-up Saturday"],
    ["2026-02-13T15:00+07:00", 3, "2026-02-23T08:00+07:00", "over Tết"],
  ])("received %s + %i working hours → %s (%s)", (received, n, expected) => {
    expectInstant(computeDueAt(at(received), hours(n), calendar), expected);
  });

  it("uses configured office hours", () => {
    const custom = createWorkingCalendar(
      [],
      [
        { start: "08:00", end: "12:00" },
        { start: "13:00", end: "17:30" },
      ],
    );
    expectInstant(computeDueAt(at("2026-03-16T11:00+07:00"), hours(2), custom), "2026-03-16T14:00+07:00");
    expectInstant(computeDueAt(at("2026-03-16T10:00+07:00"), days(1), custom), "2026-03-17T17:30+07:00");
  });
});

describe("invalid input", () => {
  it.each([
    ["negative working days", days(-1)],
    ["fractional working days", days(1.5)],
    ["NaN", days(Number.NaN)],
    ["0 calendar days (use WORKING_DAYS 0)", calendarDays(0)],
    ["0 working hours", hours(0)],
    ["an unknown unit", { amount: 1, unit: "WEEKS" } as unknown as ProcessingDuration],
  ])("rejects %s", (_label, duration) => {
    expect(() => computeDueAt(at("2026-03-16T10:00+07:00"), duration, calendar)).toThrow(RangeError);
  });

  it("rejects an invalid reception Date", () => {
    expect(() => computeDueAt(new Date("junk"), days(1), calendar)).toThrow(RangeError);
  });

  it.each(["15h", "18:00"])("rejects the cut-off %j", (cutoff) => {
    expect(() => computeDueAt(at("2026-03-16T10:00+07:00"), days(0), calendar, { sameDayCutoff: cutoff })).toThrow(
      RangeError,
    );
  });
});
