import { describe, expect, it } from "vitest";
import { classifyCompletion } from "./classify-completion";
import { at } from "./test-calendar";

describe("classifyCompletion", () => {
  it.each([
    // due at 17:00 on Monday 2026-03-23
    ["2026-03-20T10:00+07:00", "2026-03-23T17:00+07:00", "EARLY", "the Friday before"],
    ["2026-03-21T10:00+07:00", "2026-03-23T17:00+07:00", "EARLY", "the Saturday before: compared by date"],
    ["2026-03-22T23:59+07:00", "2026-03-23T17:00+07:00", "EARLY", "the last minute of the day before"],
    ["2026-03-23T00:00+07:00", "2026-03-23T17:00+07:00", "ON_TIME", "the first minute of the due date"],
    ["2026-03-23T08:00+07:00", "2026-03-23T17:00+07:00", "ON_TIME", "the morning of the due date"],
    ["2026-03-23T17:00+07:00", "2026-03-23T17:00+07:00", "ON_TIME", "exactly at the due time"],
    ["2026-03-23T17:00:01+07:00", "2026-03-23T17:00+07:00", "LATE", "one second after"],
    ["2026-03-24T08:00+07:00", "2026-03-23T17:00+07:00", "LATE", "the next day"],
    // an hour-based deadline during the day
    ["2026-03-23T09:00+07:00", "2026-03-23T10:00+07:00", "ON_TIME", "before a 10:00 deadline"],
    ["2026-03-23T10:30+07:00", "2026-03-23T10:00+07:00", "LATE", "after a 10:00 deadline, same date"],
    ["2026-03-22T16:00+07:00", "2026-03-23T10:00+07:00", "EARLY", "the day before a 10:00 deadline"],
    // dates are taken in Vietnam: 06:30 Monday is still Sunday in UTC
    ["2026-03-22T23:30:00Z", "2026-03-23T10:00+07:00", "ON_TIME", "Monday 06:30 in Vietnam"],
    ["2026-03-22T16:30:00Z", "2026-03-23T10:00+07:00", "EARLY", "Sunday 23:30 in Vietnam"],
  ])("finished %s, due %s → %s (%s)", (finished, due, expected) => {
    expect(classifyCompletion(at(finished), at(due))).toBe(expected);
  });

  it("rejects invalid Dates", () => {
    expect(() => classifyCompletion(new Date("junk"), at("2026-03-23T17:00+07:00"))).toThrow(RangeError);
    expect(() => classifyCompletion(at("2026-03-23T17:00+07:00"), new Date("junk"))).toThrow(RangeError);
  });
});
