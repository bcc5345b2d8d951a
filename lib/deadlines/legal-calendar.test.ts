// The deadline rules on the seeded official calendar (prisma/seed/data/calendar.ts): Tết 2026
// and 2027 with their swapped days off and make-up Saturdays, the 15:00 rule, an online filing
// after hours, an hour-based procedure and a restart after a supplement.
import { describe, it } from "vitest";
import { calendarDays } from "../../prisma/seed/data/calendar";
import { computeDueAt } from "./compute-due-at";
import { effectiveReceptionTime } from "./effective-reception-time";
import { restartAfterSupplement } from "./restart-after-supplement";
import { at, expectInstant } from "./test-calendar";
import type { ProcessingDuration as Duration } from "./types";
import { createWorkingCalendar } from "./working-calendar";

const official = createWorkingCalendar(calendarDays);
const days = (amount: number): Duration => ({ amount, unit: "WORKING_DAYS" });

describe("due dates on the official calendar", () => {
  it.each<[string, Duration, string, string]>([
    [
      "2026-02-13T10:00+07:00",
      days(1),
      "2026-02-23T17:00+07:00",
      "Friday before Tết 2026: next working day is after the break",
    ],
    ["2026-02-12T10:00+07:00", days(3), "2026-02-24T17:00+07:00", "Tết 2026 inside a 3-day procedure"],
    ["2026-01-09T10:00+07:00", days(1), "2026-01-10T17:00+07:00", "the make-up Saturday 10/1/2026 is a working day"],
    ["2026-04-24T10:00+07:00", days(2), "2026-04-29T17:00+07:00", "Giỗ Tổ moved from Sunday to Monday 27/4/2026"],
    [
      "2027-02-04T09:00+07:00",
      days(1),
      "2027-02-12T17:00+07:00",
      "Tết 2027: 5/2–11/2 off, with mùng 1–2 on the weekend moved to 10–11/2",
    ],
    ["2027-02-04T09:00+07:00", days(3), "2027-02-16T17:00+07:00", "Tết 2027 inside a 3-day procedure"],
    ["2027-04-29T09:00+07:00", days(1), "2027-05-04T17:00+07:00", "30/4 Friday, 1/5 Saturday moved to Monday 3/5/2027"],
    ["2027-02-04T14:59+07:00", days(0), "2027-02-04T17:00+07:00", "same-day procedure received at 14:59"],
    [
      "2027-02-04T15:01+07:00",
      days(0),
      "2027-02-12T17:00+07:00",
      "same-day procedure received at 15:01, the eve of Tết 2027",
    ],
    [
      "2027-02-04T16:00+07:00",
      { amount: 4, unit: "WORKING_HOURS" },
      "2027-02-12T10:00+07:00",
      "4 working hours across Tết 2027",
    ],
    [
      "2027-02-04T10:00+07:00",
      { amount: 16, unit: "WORKING_HOURS" },
      "2027-02-15T10:00+07:00",
      "16 working hours = 2 working days, across Tết",
    ],
  ])("%s + %o → %s (%s)", (received, duration, due) => {
    expectInstant(computeDueAt(at(received), duration, official), due);
  });

  it.each([
    ["2027-02-04T17:30+07:00", "2027-02-12T07:00+07:00", "Thursday evening before Tết 2027"],
    ["2026-01-09T18:00+07:00", "2026-01-10T07:00+07:00", "Friday evening before the make-up Saturday"],
    ["2026-02-13T17:01+07:00", "2026-02-23T07:00+07:00", "Friday after office hours before Tết 2026"],
  ])("an online dossier filed %s counts as received %s (%s)", (submitted, received) => {
    expectInstant(effectiveReceptionTime(at(submitted), official), received);
  });

  it("restarts the processing time from zero when the supplement arrives, skipping Tết", () => {
    expectInstant(restartAfterSupplement(at("2027-02-04T10:00+07:00"), days(3), official), "2027-02-16T17:00+07:00");
    expectInstant(restartAfterSupplement(at("2027-02-04T17:30+07:00"), days(3), official), "2027-02-17T17:00+07:00");
  });
});
