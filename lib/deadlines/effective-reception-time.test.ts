import { describe, it } from "vitest";
import { effectiveReceptionTime } from "./effective-reception-time";
import { at, calendar, expectInstant } from "./test-calendar";

describe("effectiveReceptionTime", () => {
  it.each([
    // submitted online at, counts as received at, why
    ["2026-03-16T10:00+07:00", "2026-03-16T10:00+07:00", "within office hours: unchanged"],
    ["2026-03-16T07:00+07:00", "2026-03-16T07:00+07:00", "07:00 sharp is within"],
    ["2026-03-16T16:59:59+07:00", "2026-03-16T16:59:59+07:00", "last second of the day"],
    ["2026-03-16T06:59+07:00", "2026-03-16T07:00+07:00", "before opening: the same morning"],
    ["2026-03-16T11:30+07:00", "2026-03-16T13:30+07:00", "11:30 sharp is lunch"],
    ["2026-03-16T12:15+07:00", "2026-03-16T13:30+07:00", "during lunch: the afternoon period"],
    ["2026-03-16T17:00+07:00", "2026-03-17T07:00+07:00", "17:00 sharp is after hours"],
    ["2026-03-16T17:30+07:00", "2026-03-17T07:00+07:00", "17:30: the next working day"],
    ["2026-03-16T23:59+07:00", "2026-03-17T07:00+07:00", "late night"],
    ["2026-03-20T17:30+07:00", "2026-03-23T07:00+07:00", "Friday 17:30: Monday"],
    ["2026-03-21T10:00+07:00", "2026-03-23T07:00+07:00", "Saturday: Monday"],
    ["2026-03-22T23:59+07:00", "2026-03-23T07:00+07:00", "Sunday night: Monday"],
    ["2026-01-10T09:00+07:00", "2026-01-10T09:00+07:00", "make-up Saturday is a working day"],
    ["2026-01-09T18:00+07:00", "2026-01-10T07:00+07:00", "Friday evening: the make-up Saturday"],
    ["2026-01-01T09:00+07:00", "2026-01-05T07:00+07:00", "New Year and the swapped Friday"],
    ["2026-04-29T17:30+07:00", "2026-05-04T07:00+07:00", "eve of 30/4: Monday 4/5"],
    ["2026-04-30T09:00+07:00", "2026-05-04T07:00+07:00", "on the holiday"],
    ["2026-02-12T23:00+07:00", "2026-02-13T07:00+07:00", "the night before the last day before Tết"],
    ["2026-02-13T17:05+07:00", "2026-02-23T07:00+07:00", "after hours on the last day before Tết"],
    ["2026-02-17T10:00+07:00", "2026-02-23T07:00+07:00", "during Tết"],
    ["2026-03-16T10:30:00Z", "2026-03-17T07:00+07:00", "written in UTC: 17:30 in Vietnam"],
    ["2026-03-15T23:30:00Z", "2026-03-16T07:00+07:00", "Sunday in UTC, Monday 06:30 in Vietnam"],
  ])("%s → %s (%s)", (submitted, expected) => {
    expectInstant(effectiveReceptionTime(at(submitted), calendar), expected);
  });
});
