import { describe, it } from "vitest";
import { computeDueAt } from "./compute-due-at";
import { restartAfterSupplement } from "./restart-after-supplement";
import { at, calendar, expectInstant } from "./test-calendar";
import type { ProcessingDuration } from "./types";

describe("restartAfterSupplement: the clock restarts from zero when the complete dossier arrives", () => {
  it.each<[string, ProcessingDuration, string, string]>([
    ["2026-04-29T16:00+07:00", { amount: 3, unit: "WORKING_DAYS" }, "2026-05-06T17:00+07:00", "over the holiday"],
    [
      "2026-03-20T17:30+07:00",
      { amount: 3, unit: "WORKING_DAYS" },
      "2026-03-26T17:00+07:00",
      "Friday evening counts from Monday",
    ],
    [
      "2026-03-21T10:00+07:00",
      { amount: 3, unit: "WORKING_DAYS" },
      "2026-03-26T17:00+07:00",
      "Saturday counts from Monday",
    ],
    [
      "2026-03-16T15:01+07:00",
      { amount: 0, unit: "WORKING_DAYS" },
      "2026-03-17T17:00+07:00",
      "same-day procedure after 15:00",
    ],
    [
      "2026-03-16T17:30+07:00",
      { amount: 0, unit: "WORKING_DAYS" },
      "2026-03-17T17:00+07:00",
      "same-day procedure after hours",
    ],
    [
      "2026-03-21T10:00+07:00",
      { amount: 4, unit: "WORKING_HOURS" },
      "2026-03-23T11:00+07:00",
      "hours start Monday 07:00",
    ],
    [
      "2026-03-16T12:00+07:00",
      { amount: 2, unit: "WORKING_HOURS" },
      "2026-03-16T15:30+07:00",
      "hours start after lunch",
    ],
    [
      "2026-02-13T17:30+07:00",
      { amount: 15, unit: "CALENDAR_DAYS" },
      "2026-03-10T17:00+07:00",
      "calendar days from after Tết",
    ],
  ])("complete at %s, %o → %s (%s)", (completeAt, duration, expected) => {
    expectInstant(restartAfterSupplement(at(completeAt), duration, calendar), expected);
  });

  it("ignores the time already spent before the supplement request", () => {
    const duration: ProcessingDuration = { amount: 10, unit: "WORKING_DAYS" };
    const firstDue = computeDueAt(at("2026-03-02T09:00+07:00"), duration, calendar);
    expectInstant(firstDue, "2026-03-16T17:00+07:00");
    // Supplement requested on 03-04; the complete dossier arrives on 03-12: 10 full days again.
    expectInstant(restartAfterSupplement(at("2026-03-12T10:00+07:00"), duration, calendar), "2026-03-26T17:00+07:00");
  });
});
