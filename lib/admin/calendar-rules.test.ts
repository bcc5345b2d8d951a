import { describe, expect, it } from "vitest";
import {
  calendarDaySchema,
  formatIsoDate,
  isRealIsoDate,
  weekdayOfIsoDate,
  weekdayRuleViolation,
} from "./calendar-rules";

describe("calendar rules (holiday table input)", () => {
  it.each([
    ["2026-09-02", true],
    ["2028-02-29", true], // leap year
    ["2026-02-29", false],
    ["2026-02-30", false],
    ["2026-13-01", false],
    ["2026-9-2", false],
    ["02/09/2026", false],
    ["", false],
  ])("%s is a real date: %s", (s, ok) => expect(isRealIsoDate(s)).toBe(ok));

  it("knows the weekday of a date whatever the server's time zone", () => {
    expect(weekdayOfIsoDate("2026-01-10")).toBe(6); // Saturday, the make-up day of 2026
    expect(weekdayOfIsoDate("2026-04-26")).toBe(0); // Sunday
    expect(weekdayOfIsoDate("2026-09-02")).toBe(3); // Wednesday
    expect(formatIsoDate("2026-04-30")).toBe("30/04/2026");
  });

  it("accepts a make-up working day only on a weekend", () => {
    expect(weekdayRuleViolation("2026-01-10", "MAKEUP_WORKDAY")).toBeNull();
    expect(weekdayRuleViolation("2026-01-11", "MAKEUP_WORKDAY")).toBeNull();
    expect(weekdayRuleViolation("2026-01-09", "MAKEUP_WORKDAY")).toBe(
      "Ngày 09/01/2026 là Thứ Sáu, vốn là ngày làm việc: ngày làm bù chỉ khai báo cho thứ Bảy hoặc Chủ nhật.",
    );
  });

  it("accepts a day off on any day, a statutory date on a weekend included", () => {
    expect(weekdayRuleViolation("2026-09-02", "HOLIDAY")).toBeNull();
    expect(weekdayRuleViolation("2026-04-26", "HOLIDAY")).toBeNull();
  });

  it("trims the name and refuses missing or bad values with Vietnamese messages", () => {
    expect(calendarDaySchema.parse({ date: " 2026-09-02 ", kind: "HOLIDAY", name: "  Quốc khánh " })).toEqual({
      date: "2026-09-02",
      kind: "HOLIDAY",
      name: "Quốc khánh",
    });
    const messages = (input: unknown) => calendarDaySchema.safeParse(input).error?.issues.map((i) => i.message);
    expect(messages({ date: "2026-02-30", kind: "HOLIDAY", name: "X" })).toEqual([
      "Ngày không hợp lệ (định dạng năm-tháng-ngày, ví dụ 2026-09-02).",
    ]);
    expect(messages({ date: "2026-09-02", kind: "WEEKEND", name: "X" })).toEqual([
      "Vui lòng chọn loại ngày: nghỉ lễ hoặc làm bù.",
    ]);
    expect(messages({ date: "2026-09-02", kind: "HOLIDAY", name: "  " })).toEqual([
      "Vui lòng nhập tên ngày (ví dụ: Quốc khánh 2/9).",
    ]);
    expect(messages({ date: "2026-09-02", kind: "HOLIDAY", name: "x".repeat(201) })).toEqual([
      "Tên ngày tối đa 200 ký tự.",
    ]);
  });
});
