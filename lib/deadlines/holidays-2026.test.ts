// Due dates around the official 2026 days off (CV 12729/VPCP-KGVX, docs/domain.md §5), on the
// seeded holiday table itself (prisma/seed/data/calendar.ts), converted as the database returns
// it. Every expected date is counted by hand in the comment: n working days end at 17:00 of the
// n-th working day after the reception date (BLDS 2015 Art. 147(2), 148(1)).
//
// 2026 weekdays: Thu 1/1, Fri 2/1 (swapped), Sat 10/1 (make-up); Tết Sat 14/2 – Sun 22/2;
// Giỗ Tổ Sun 26/4 → Mon 27/4; Thu 30/4, Fri 1/5; Quốc khánh Sat 29/8 – Wed 2/9 with Mon 31/8
// swapped for Sat 22/8 (make-up).
import { describe, expect, it } from "vitest";
import { calendarDays } from "../../prisma/seed/data/calendar";
import { calendarFromRows } from "./calendar-rows";
import { computeDueAt } from "./compute-due-at";
import { warningStartsAt } from "./deadline-warning";
import { effectiveReceptionTime } from "./effective-reception-time";
import { receptionClockStart, type ReceptionFacts } from "./reception-clock-start";
import { at, expectInstant } from "./test-calendar";
import { transferDeadline } from "./transfer-deadline";
import type { ProcessingDuration } from "./types";

// As the seed writes the rows (a DATE at midnight UTC) and loadWorkingCalendar reads them back.
const official = calendarFromRows(
  calendarDays.map((d) => ({ date: new Date(`${d.date}T00:00:00.000Z`), kind: d.kind, name: d.name })),
);
const days = (amount: number): ProcessingDuration => ({ amount, unit: "WORKING_DAYS" });

describe("the seeded 2026 table is the official one", () => {
  it.each([
    ["2026-01-02", false, "Fri 2/1 swapped"],
    ["2026-01-10", true, "Sat 10/1 make-up"],
    ["2026-02-16", false, "Tết"],
    ["2026-02-23", true, "back from Tết"],
    ["2026-04-27", false, "Giỗ Tổ nghỉ bù"],
    ["2026-08-21", true, "Fri 21/8"],
    ["2026-08-22", true, "Sat 22/8 make-up"],
    ["2026-08-28", true, "Fri 28/8"],
    ["2026-08-31", false, "Mon 31/8 swapped"],
    ["2026-09-01", false, "Tue 1/9"],
    ["2026-09-02", false, "Wed 2/9"],
    ["2026-09-03", true, "Thu 3/9"],
  ])("%s working: %s (%s)", (date, working) => {
    expect(official.isWorkingDay(date)).toBe(working);
  });

  it("tells users the holidays' names without doubts in them", () => {
    for (const d of calendarDays) expect(d.name).not.toMatch(/verify|\?|unverified|chưa chắc/i);
  });
});

describe("due dates of dossiers received around the 2026 days off, counted by hand", () => {
  it.each<[string, ProcessingDuration, string, string]>([
    // Received Wed 31/12/2025 10:00, 3 working days: Thu 1/1, Fri 2/1 off, weekend,
    // Mon 5/1 (1), Tue 6/1 (2), Wed 7/1 (3) → 17:00 Wed 7/1.
    ["2025-12-31T10:00+07:00", days(3), "2026-01-07T17:00+07:00", "Tết Dương lịch with the 2/1 swap"],
    // Received Thu 8/1 10:00, 2 working days: Fri 9/1 (1), Sat 10/1 make-up (2) → 17:00 Sat 10/1.
    ["2026-01-08T10:00+07:00", days(2), "2026-01-10T17:00+07:00", "make-up Saturday 10/1"],
    // Received Thu 12/2 10:00, 5 working days: Fri 13/2 (1), Sat 14/2 – Sun 22/2 off,
    // Mon 23/2 (2), Tue 24/2 (3), Wed 25/2 (4), Thu 26/2 (5) → 17:00 Thu 26/2.
    ["2026-02-12T10:00+07:00", days(5), "2026-02-26T17:00+07:00", "Tết Bính Ngọ"],
    // Received Fri 24/4 10:00, 3 working days: Sat 25, Sun 26 (Giỗ Tổ), Mon 27/4 off (nghỉ bù),
    // Tue 28/4 (1), Wed 29/4 (2), Thu 30/4, Fri 1/5 off, weekend, Mon 4/5 (3) → 17:00 Mon 4/5.
    ["2026-04-24T10:00+07:00", days(3), "2026-05-04T17:00+07:00", "Giỗ Tổ 27/4 and 30/4–1/5"],
    // Received Wed 29/4 16:00, 2 working days: Thu 30/4, Fri 1/5 off, weekend, Mon 4/5 (1),
    // Tue 5/5 (2) → 17:00 Tue 5/5.
    ["2026-04-29T16:00+07:00", days(2), "2026-05-05T17:00+07:00", "30/4–1/5"],
    // Received Fri 21/8 10:00, 1 working day: Sat 22/8 make-up (1) → 17:00 Sat 22/8.
    ["2026-08-21T10:00+07:00", days(1), "2026-08-22T17:00+07:00", "make-up Saturday 22/8"],
    // Received Thu 27/8 10:00, 2 working days: Fri 28/8 (1), Sat 29/8 – Wed 2/9 off (Mon 31/8
    // swapped), Thu 3/9 (2) → 17:00 Thu 3/9.
    ["2026-08-27T10:00+07:00", days(2), "2026-09-03T17:00+07:00", "Mon 31/8 is a day off"],
    // Received Fri 28/8 10:00, 3 working days: Sat 29/8 – Wed 2/9 off, Thu 3/9 (1), Fri 4/9 (2),
    // Mon 7/9 (3) → 17:00 Mon 7/9.
    ["2026-08-28T10:00+07:00", days(3), "2026-09-07T17:00+07:00", "Quốc khánh 29/8–2/9"],
    // Same-day procedure received Fri 28/8 15:30, after 15:00: the next working day, Thu 3/9 → 17:00.
    ["2026-08-28T15:30+07:00", days(0), "2026-09-03T17:00+07:00", "same day, after 15:00, before the break"],
    // 15 calendar days from Fri 14/8: Sat 29/8, a day off; Sun 30, Mon 31/8, Tue 1/9, Wed 2/9 off
    // → the next working day, Thu 3/9 17:00 (BLDS Art. 148(5)).
    [
      "2026-08-14T10:00+07:00",
      { amount: 15, unit: "CALENDAR_DAYS" },
      "2026-09-03T17:00+07:00",
      "calendar days ending in the break",
    ],
    // 4 working hours from Fri 13/2 14:00: 14:00–17:00 (3 h), Tết, Mon 23/2 07:00–08:00 (1 h) → 08:00.
    ["2026-02-13T14:00+07:00", { amount: 4, unit: "WORKING_HOURS" }, "2026-02-23T08:00+07:00", "hours across Tết"],
  ])("received %s, %o → %s (%s)", (received, duration, due) => {
    expectInstant(computeDueAt(at(received), duration, official), due);
  });

  it.each([
    // Filed online Wed 18/2 20:00 during Tết → received Mon 23/2 07:00; 1 working day: Tue 24/2 → 17:00.
    ["2026-02-18T20:00+07:00", 1, "2026-02-23T07:00+07:00", "2026-02-24T17:00+07:00"],
    // Filed online Fri 28/8 18:00 → Sat 29/8 – Wed 2/9 off → received Thu 3/9 07:00; 1 working
    // day: Fri 4/9 → 17:00.
    ["2026-08-28T18:00+07:00", 1, "2026-09-03T07:00+07:00", "2026-09-04T17:00+07:00"],
    // Filed online on the make-up Saturday 22/8 09:00, within office hours → received then;
    // 1 working day: Mon 24/8 → 17:00.
    ["2026-08-22T09:00+07:00", 1, "2026-08-22T09:00+07:00", "2026-08-24T17:00+07:00"],
  ])("online filing %s, %i working day(s): received %s, due %s", (filed, n, received, due) => {
    const receivedAt = effectiveReceptionTime(at(filed), official);
    expectInstant(receivedAt, received);
    expectInstant(computeDueAt(receivedAt, days(n), official), due);
  });
});

describe("a dossier completed before reception runs from its completion", () => {
  const online = (over: Partial<ReceptionFacts>): ReceptionFacts => ({
    channel: "ONLINE",
    receivedAt: at("2026-09-03T09:00+07:00"),
    filedAt: at("2026-08-24T09:00+07:00"),
    postalHandoverAt: null,
    completedBeforeReceptionAt: null,
    ...over,
  });

  it.each<[string, ReceptionFacts, string, string]>([
    // Filed incomplete Mon 24/8 09:00; Mẫu 02; supplied Fri 28/8 20:00 → next office time: Sat
    // 29/8 – Wed 2/9 off → Thu 3/9 07:00; 3 working days: Fri 4/9 (1), Mon 7/9 (2), Tue 8/9 (3)
    // → 17:00 Tue 8/9 (from the filing it would be 17:00 Thu 27/8, before the officer even saw it).
    [
      "online, supplied on the eve of the break",
      online({ completedBeforeReceptionAt: at("2026-08-28T20:00+07:00") }),
      "2026-09-03T07:00+07:00",
      "2026-09-08T17:00+07:00",
    ],
    // Supplied Wed 26/8 10:00, within office hours → from then; Thu 27/8 (1), Fri 28/8 (2),
    // Thu 3/9 (3) → 17:00 Thu 3/9.
    [
      "online, supplied in office hours",
      online({ completedBeforeReceptionAt: at("2026-08-26T10:00+07:00") }),
      "2026-08-26T10:00+07:00",
      "2026-09-03T17:00+07:00",
    ],
    // By post: hand-over record confirmed Tue 25/8 10:00, supplement completing it Wed 26/8 10:00
    // (QĐ 45/2016 Art. 7(4)) → same count as above → 17:00 Thu 3/9 (not Fri 28/8 from the record).
    [
      "postal, supplemented after the hand-over record",
      {
        channel: "POSTAL",
        receivedAt: at("2026-09-03T09:00+07:00"),
        filedAt: null,
        postalHandoverAt: at("2026-08-25T10:00+07:00"),
        completedBeforeReceptionAt: at("2026-08-26T10:00+07:00"),
      },
      "2026-08-26T10:00+07:00",
      "2026-09-03T17:00+07:00",
    ],
    // Supplied Fri 21/8 10:00 by post before the record confirmed Tue 25/8 10:00: the record is
    // later, so it stands; Wed 26/8 (1), Thu 27/8 (2), Fri 28/8 (3) → 17:00 Fri 28/8.
    [
      "postal, supplement before the hand-over record",
      {
        channel: "POSTAL",
        receivedAt: at("2026-09-03T09:00+07:00"),
        filedAt: null,
        postalHandoverAt: at("2026-08-25T10:00+07:00"),
        completedBeforeReceptionAt: at("2026-08-21T10:00+07:00"),
      },
      "2026-08-25T10:00+07:00",
      "2026-08-28T17:00+07:00",
    ],
    // No supplement: the online filing rule alone, Mon 24/8 09:00; Tue 25 (1), Wed 26 (2), Thu 27 (3).
    ["online, complete at once", online({}), "2026-08-24T09:00+07:00", "2026-08-27T17:00+07:00"],
  ])("%s", (_case, facts, start, due) => {
    const receivedAt = receptionClockStart(facts, official);
    expectInstant(receivedAt, start);
    expectInstant(computeDueAt(receivedAt, days(3), official), due);
  });
});

describe("transfer and warning around the National Day break", () => {
  it("a dossier received at another counter Fri 28/8 after 15:00 reaches the competent agency by Thu 3/9 07:00", () => {
    expectInstant(transferDeadline(at("2026-08-28T15:30+07:00"), official), "2026-09-03T07:00+07:00");
  });

  it.each([
    // Due Mon 7/9: the last working day before is Fri 4/9 → warn from 07:00 Fri 4/9.
    ["2026-09-07T17:00+07:00", "2026-09-04T07:00+07:00"],
    // Due Thu 3/9: Wed 2/9 – Sat 29/8 off (Mon 31/8 swapped) → Fri 28/8 07:00.
    ["2026-09-03T17:00+07:00", "2026-08-28T07:00+07:00"],
    // Due Mon 24/8: the make-up Saturday 22/8 is the last working day before → 07:00 Sat 22/8.
    ["2026-08-24T17:00+07:00", "2026-08-22T07:00+07:00"],
    // docs/domain.md §5.4: due Mon 4/5 → apology by Wed 29/4 → warn by 07:00 on 29/4.
    ["2026-05-04T17:00+07:00", "2026-04-29T07:00+07:00"],
  ])("Mẫu 04 for a dossier due %s is warned from %s", (due, warn) => {
    expectInstant(warningStartsAt(at(due), official), warn);
  });
});
