import { describe, expect, it } from "vitest";
import { at, calendar, expectInstant } from "../deadlines/test-calendar";
import type { DossierStatus } from "../generated/prisma/enums";
import { deadlineWarning, warningCandidatesDueBefore, warningStartsAt } from "../deadlines";
import { warningText } from "./messages";
import { extensionWorkingDays, newDueAtProblem, proposeNewDueAt, vietnamDateOf } from "./rules";

const processing = (dueIso: string) => ({ status: "PROCESSING" as DossierStatus, dueAt: at(dueIso) });

describe("deadlineWarning: from the start of the last working day before the due date, overdue included", () => {
  it.each([
    // due Thursday 19/3 17:00 → the apology is due by Wednesday 18/3 → warned from 07:00 that day
    ["2026-03-19T17:00+07:00", "2026-03-18T06:59+07:00", null, "a minute before the office opens on the day before"],
    ["2026-03-19T17:00+07:00", "2026-03-18T07:00+07:00", "APPROACHING", "07:00 on the working day before"],
    ["2026-03-19T17:00+07:00", "2026-03-18T17:00+07:00", "APPROACHING", "a whole working day was left for Mẫu 04"],
    ["2026-03-19T17:00+07:00", "2026-03-19T16:59+07:00", "APPROACHING", "a minute before the due time"],
    ["2026-03-19T17:00+07:00", "2026-03-19T17:00+07:00", "OVERDUE", "at the due time"],
    ["2026-03-19T17:00+07:00", "2026-04-10T09:00+07:00", "OVERDUE", "weeks late: still owed"],
    // due Monday 23/3 17:00 → warned from Friday 20/3 07:00, not over the weekend
    ["2026-03-23T17:00+07:00", "2026-03-20T06:59+07:00", null, "Friday before 07:00"],
    ["2026-03-23T17:00+07:00", "2026-03-20T07:00+07:00", "APPROACHING", "Friday 07:00"],
    ["2026-03-23T17:00+07:00", "2026-03-22T10:00+07:00", "APPROACHING", "Sunday"],
    // docs/domain.md §5.4: due Mon 4/5/2026 (Thu 30/4, Fri 1/5 holidays, then the weekend) →
    // apology by Wed 29/4 → warned from 07:00 on Wed 29/4
    ["2026-05-04T17:00+07:00", "2026-04-28T17:00+07:00", null, "Tuesday 28/4: too early"],
    ["2026-05-04T17:00+07:00", "2026-04-29T06:59+07:00", null, "Wednesday 29/4 before the office opens"],
    ["2026-05-04T17:00+07:00", "2026-04-29T07:00+07:00", "APPROACHING", "Wednesday 29/4 07:00"],
    ["2026-05-04T17:00+07:00", "2026-04-30T09:00+07:00", "APPROACHING", "on the holiday"],
    // an hour-based deadline mid-morning Tuesday 17/3 → from Monday 16/3 07:00
    ["2026-03-17T10:00+07:00", "2026-03-16T06:59+07:00", null, "hour-based, a minute early"],
    ["2026-03-17T10:00+07:00", "2026-03-16T07:00+07:00", "APPROACHING", "hour-based"],
    // due Thu 3/9/2026: Sat 29/8 – Wed 2/9 off (Mon 31/8 swapped) → Friday 28/8 07:00
    ["2026-09-03T17:00+07:00", "2026-08-28T06:59+07:00", null, "before the National Day break, too early"],
    ["2026-09-03T17:00+07:00", "2026-08-28T07:00+07:00", "APPROACHING", "Friday 28/8 07:00"],
    // due Mon 24/8/2026: the make-up Saturday 22/8 is the last working day before → 22/8 07:00
    ["2026-08-24T17:00+07:00", "2026-08-21T17:00+07:00", null, "Friday 21/8: the Saturday is still a working day"],
    ["2026-08-24T17:00+07:00", "2026-08-22T07:00+07:00", "APPROACHING", "make-up Saturday 22/8 07:00"],
  ])("due %s, now %s → %s (%s)", (due, now, expected, _why) => {
    expect(deadlineWarning(processing(due), at(now), calendar)?.kind ?? null).toBe(expected);
  });

  it("warns only while the clock runs: not during a supplement request, not before reception, not when finished", () => {
    const due = at("2026-03-19T17:00+07:00");
    const now = at("2026-03-19T10:00+07:00");
    const warned = (status: DossierStatus) => deadlineWarning({ status, dueAt: due }, now, calendar) !== null;
    expect(["RECEIVED", "PROCESSING", "AWAITING_PAYMENT"].map((s) => warned(s as DossierStatus))).toEqual([
      true,
      true,
      true,
    ]);
    for (const s of [
      "SUPPLEMENT_REQUESTED",
      "SUBMITTED",
      "DRAFT",
      "RESOLVED",
      "RETURNED",
      "REFUSED",
      "WITHDRAWN",
      "STOPPED",
    ] as DossierStatus[]) {
      expect(warned(s), s).toBe(false);
    }
    expect(deadlineWarning({ status: "PROCESSING", dueAt: null }, now, calendar)).toBeNull();
  });

  it("says from when the warning is due", () => {
    expectInstant(warningStartsAt(at("2026-02-23T17:00+07:00"), calendar), "2026-02-13T07:00+07:00"); // back over Tết (14–22 February)
    expectInstant(warningStartsAt(at("2026-05-04T17:00+07:00"), calendar), "2026-04-29T07:00+07:00");
    expectInstant(
      deadlineWarning(processing("2026-03-23T17:00+07:00"), at("2026-03-21T08:00+07:00"), calendar)!.warnFrom,
      "2026-03-20T07:00+07:00",
    );
  });
});

describe("warningCandidatesDueBefore: a safe bound for the scan's query", () => {
  it("includes every due time that needs a warning now, around weekends and holidays", () => {
    const nows = [
      "2026-03-20T10:00+07:00",
      "2026-03-21T10:00+07:00",
      "2026-04-29T17:30+07:00",
      "2026-02-13T16:00+07:00",
      "2026-03-16T06:00+07:00",
    ];
    for (const now of nows.map(at)) {
      const bound = warningCandidatesDueBefore(now, calendar);
      // every half hour over the next three weeks
      for (let t = now.getTime() - 86_400_000; t < now.getTime() + 21 * 86_400_000; t += 1_800_000) {
        const due = new Date(t);
        if (deadlineWarning({ status: "PROCESSING", dueAt: due }, now, calendar))
          expect(due.getTime(), `${now.toISOString()} ${due.toISOString()}`).toBeLessThan(bound.getTime());
      }
    }
  });

  it("is not far ahead: Friday afternoon looks to Tuesday", () => {
    expectInstant(warningCandidatesDueBefore(at("2026-03-20T15:00+07:00"), calendar), "2026-03-24T15:00+07:00");
  });
});

describe("the proposed new date", () => {
  it.each([
    [{ amount: 3, unit: "WORKING_DAYS" as const }, 3],
    [{ amount: 0, unit: "WORKING_DAYS" as const }, 1],
    [{ amount: 30, unit: "WORKING_DAYS" as const }, 10],
    [{ amount: 15, unit: "CALENDAR_DAYS" as const }, 10],
    [{ amount: 7, unit: "CALENDAR_DAYS" as const }, 5],
    [{ amount: 4, unit: "WORKING_HOURS" as const }, 1],
    [{ amount: 20, unit: "WORKING_HOURS" as const }, 3],
    [null, 5],
  ])("extends %o by %i working days", (timing, days) => {
    expect(extensionWorkingDays(timing)).toBe(days);
  });

  it("counts from the due time while it lies ahead, ending at 17:00, skipping the holiday", () => {
    expectInstant(
      proposeNewDueAt(
        at("2026-04-28T17:00+07:00"),
        { amount: 3, unit: "WORKING_DAYS" },
        at("2026-04-27T17:00+07:00"),
        calendar,
      ),
      "2026-05-05T17:00+07:00",
    );
    expectInstant(
      proposeNewDueAt(
        at("2026-03-17T10:00+07:00"),
        { amount: 4, unit: "WORKING_HOURS" },
        at("2026-03-16T10:00+07:00"),
        calendar,
      ),
      "2026-03-18T17:00+07:00",
    );
  });

  it("counts from now once overdue, so the new date lies ahead", () => {
    expectInstant(
      proposeNewDueAt(
        at("2026-03-10T17:00+07:00"),
        { amount: 2, unit: "WORKING_DAYS" },
        at("2026-03-20T09:00+07:00"),
        calendar,
      ),
      "2026-03-24T17:00+07:00",
    );
  });
});

describe("newDueAtProblem", () => {
  const due = at("2026-03-19T17:00+07:00");
  const now = at("2026-03-19T09:00+07:00");
  it("refuses a date not after the current due time, naming it", () => {
    expect(newDueAtProblem(due, due, now)).toBe(
      "Ngày hẹn trả kết quả mới phải sau ngày hẹn trả kết quả hiện tại (17:00 ngày 19/03/2026).",
    );
    expect(newDueAtProblem(at("2026-03-18T17:00+07:00"), due, now)).toMatch(/^Ngày hẹn trả kết quả mới phải sau/);
  });
  it("refuses a date in the past for an overdue dossier", () => {
    expect(newDueAtProblem(at("2026-03-25T17:00+07:00"), due, at("2026-03-26T08:00+07:00"))).toBe(
      "Ngày hẹn trả kết quả mới phải là một ngày trong tương lai.",
    );
  });
  it("accepts a later date, working day or not", () => {
    expect(newDueAtProblem(at("2026-03-20T17:00+07:00"), due, now)).toBeNull();
    expect(newDueAtProblem(at("2026-03-21T17:00+07:00"), due, now)).toBeNull();
  });
});

it("vietnamDateOf takes the date in Vietnam", () => {
  expect(vietnamDateOf(at("2026-03-19T17:00:00Z"))).toBe("2026-03-20");
  expect(vietnamDateOf(at("2026-03-19T16:59:00Z"))).toBe("2026-03-19");
});

it("the warning names the last day on which the apology is lawful", () => {
  const warning = deadlineWarning(processing("2026-05-04T17:00+07:00"), at("2026-04-29T07:00+07:00"), calendar)!;
  expect(warningText(warning)).toBe(
    "Hồ sơ sắp đến hạn trả kết quả (hạn 17:00 ngày 04/05/2026). Nếu không thể trả kết quả đúng hạn, lãnh đạo ban hành Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04) chậm nhất trong ngày 29/04/2026 (01 ngày làm việc trước hạn).",
  );
});
