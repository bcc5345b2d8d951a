import { describe, it } from "vitest";
import { at, calendar, expectInstant } from "./test-calendar";
import { transferDeadline } from "./transfer-deadline";

describe("transfer to the competent agency: same working day, at the start of the next working day if received after 15:00", () => {
  it.each([
    ["2026-03-16T08:10+07:00", "2026-03-16T17:00+07:00", "Monday morning: the same day"],
    ["2026-03-16T15:00+07:00", "2026-03-16T17:00+07:00", "15:00 sharp is not after 15:00"],
    ["2026-03-16T15:00:01+07:00", "2026-03-17T07:00+07:00", "one second after: 07:00 the next working day"],
    ["2026-03-20T16:30+07:00", "2026-03-23T07:00+07:00", "Friday afternoon: Monday 07:00"],
    [
      "2026-04-29T15:30+07:00",
      "2026-05-04T07:00+07:00",
      "eve of 30/4 after 15:00: Thu 30/4, Fri 1/5 off, Mon 4/5 07:00",
    ],
    ["2026-01-10T16:00+07:00", "2026-01-12T07:00+07:00", "make-up Saturday is a working day: Monday 07:00"],
    ["2026-08-21T15:30+07:00", "2026-08-22T07:00+07:00", "Friday 21/8 after 15:00: make-up Saturday 22/8, 07:00"],
    ["2026-08-28T15:30+07:00", "2026-09-03T07:00+07:00", "Friday 28/8 after 15:00: 29/8–2/9 off, Thursday 3/9 07:00"],
    ["2026-03-21T09:00+07:00", "2026-03-23T17:00+07:00", "received on a Saturday counter: the next working day"],
    ["2026-03-16T06:30+07:00", "2026-03-16T17:00+07:00", "before office hours: the same day"],
  ])("%s → %s (%s)", (received, expected) => {
    expectInstant(transferDeadline(at(received), calendar), expected);
  });
});
