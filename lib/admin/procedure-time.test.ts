import { describe, expect, it } from "vitest";
import {
  defaultProcedureSteps,
  legalWorkingHours,
  stepBudgetTiming,
  stepBudgetViolation,
  stepsFitTimings,
  stepsSchema,
  timingSchema,
  timingsSchema,
} from "./procedure-time";

describe("legal time in working hours", () => {
  it.each([
    [{ amount: 0, unit: "WORKING_DAYS" }, 8], // same day: one working day at most
    [{ amount: 1, unit: "WORKING_DAYS" }, 8],
    [{ amount: 15, unit: "WORKING_DAYS" }, 120],
    [{ amount: 4, unit: "WORKING_HOURS" }, 4],
    [{ amount: 7, unit: "CALENDAR_DAYS" }, 40], // one week: five working days
    [{ amount: 15, unit: "CALENDAR_DAYS" }, 80], // ⌊75/7⌋ = 10 working days
    [{ amount: 1, unit: "CALENDAR_DAYS" }, 8], // never less than one working day
  ] as const)("%o → %i hours", (d, hours) => expect(legalWorkingHours(d)).toBe(hours));

  it("takes the online channel's time as the budget, else the shortest", () => {
    const counter = { channel: "COUNTER", amount: 5, unit: "WORKING_DAYS" } as const;
    const postal = { channel: "POSTAL", amount: 3, unit: "WORKING_DAYS" } as const;
    const online = { channel: "ONLINE", amount: 10, unit: "WORKING_DAYS" } as const;
    expect(stepBudgetTiming([counter, online, postal])).toBe(online);
    expect(stepBudgetTiming([counter, postal])).toBe(postal);
    expect(stepBudgetTiming([])).toBeNull();
  });
});

describe("default steps", () => {
  it.each([4, 8, 12, 16, 40, 120])("for %i hours fit exactly, none negative", (hours) => {
    const steps = defaultProcedureSteps(hours);
    expect(steps.reduce((s, x) => s + x.durationHours, 0)).toBe(hours);
    expect(steps.every((s) => s.durationHours >= 0)).toBe(true);
    expect(steps.map((s) => s.role)).toEqual(["COUNTER_OFFICER", "SPECIALIST", "LEADER", "COUNTER_OFFICER"]);
  });
});

describe("steps must fit in the legal time", () => {
  const timings = [{ channel: "ONLINE", amount: 3, unit: "WORKING_DAYS" }] as const; // 24 hours
  it("accepts a total equal to the budget and refuses one hour more, saying both figures", () => {
    expect(stepsFitTimings([{ durationHours: 16 }, { durationHours: 8 }], timings)).toBeNull();
    expect(stepsFitTimings([{ durationHours: 16 }, { durationHours: 9 }], timings)).toBe(
      "Tổng thời gian các bước (25 giờ làm việc) vượt thời hạn giải quyết của thủ tục (24 giờ làm việc, tính 8 giờ cho một ngày làm việc).",
    );
    expect(stepBudgetViolation([], 0)).toBeNull();
    expect(stepsFitTimings([{ durationHours: 500 }], [])).toBeNull(); // no legal time declared yet
  });

  it("reads steps and timings typed in a form", () => {
    expect(stepsSchema.parse([{ name: " Thẩm định ", role: "SPECIALIST", durationHours: " 16 " }])).toEqual([
      { name: "Thẩm định", role: "SPECIALIST", durationHours: 16 },
    ]);
    const stepMessage = (s: Record<string, unknown>) =>
      stepsSchema.safeParse([{ name: "Bước", role: "LEADER", durationHours: "4", ...s }]).error?.issues[0].message;
    expect(stepMessage({ durationHours: "" })).toBe("Vui lòng nhập số giờ của bước.");
    expect(stepMessage({ durationHours: "-1" })).toBe("Số giờ của bước phải là số nguyên không âm.");
    expect(stepMessage({ durationHours: "2.5" })).toBe("Số giờ của bước phải là số nguyên không âm.");
    expect(stepMessage({ role: "CITIZEN" })).toBe("Vui lòng chọn vai trò thực hiện bước.");
    expect(stepMessage({ name: "" })).toBe("Vui lòng nhập tên bước xử lý.");
    expect(stepsSchema.safeParse([]).error?.issues[0].message).toBe("Quy trình cần ít nhất một bước xử lý.");
  });

  it("refuses a zero time except same-day working days, and a channel declared twice", () => {
    const t = (x: Record<string, unknown>) => ({
      channel: "ONLINE",
      amount: "3",
      unit: "WORKING_DAYS",
      description: "",
      ...x,
    });
    expect(timingSchema.parse(t({ amount: "0" }))).toEqual({
      channel: "ONLINE",
      amount: 0,
      unit: "WORKING_DAYS",
      description: null,
    });
    expect(timingSchema.safeParse(t({ amount: "0", unit: "CALENDAR_DAYS" })).error?.issues[0].message).toMatch(
      /^Thời hạn bằng 0 chỉ dùng/,
    );
    expect(timingsSchema.safeParse([t({}), t({ amount: "5" })]).error?.issues[0].message).toBe(
      "Mỗi kênh nộp chỉ khai báo một thời hạn.",
    );
    expect(timingsSchema.safeParse([]).error?.issues[0].message).toBe(
      "Vui lòng khai báo thời hạn giải quyết cho ít nhất một kênh nộp hồ sơ.",
    );
  });
});
