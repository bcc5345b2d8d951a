import { describe, expect, it } from "vitest";
import { parseTrackingRange } from "./schemas";

describe("the date range of the tracking book", () => {
  it("accepts one day up to 366 days", () => {
    expect(parseTrackingRange({ from: "2026-03-05", to: "2026-03-05" })).toEqual({
      range: { from: "2026-03-05", to: "2026-03-05" },
    });
    expect(parseTrackingRange({ from: "2028-01-01", to: "2028-12-31" })).toEqual({
      range: { from: "2028-01-01", to: "2028-12-31" },
    }); // leap year
  });

  it.each([
    [{ from: "", to: "2026-03-05" }, { from: "Vui lòng chọn ngày bắt đầu." }],
    [{ to: "2026-03-05" }, { from: "Vui lòng chọn ngày bắt đầu." }],
    [{ from: "2026-02-30", to: "2026-03-05" }, { from: "Ngày bắt đầu không hợp lệ (ngày/tháng/năm)." }],
    [{ from: "2026-03-01", to: "05/03/2026" }, { to: "Ngày kết thúc không hợp lệ (ngày/tháng/năm)." }],
    [{ from: "2026-03-06", to: "2026-03-05" }, { to: "Ngày kết thúc phải bằng hoặc sau ngày bắt đầu." }],
    [{ from: "2026-01-01", to: "2027-01-02" }, { to: "Khoảng thời gian tối đa 366 ngày." }],
  ])("refuses %j with a Vietnamese message next to the field", (input, errors) => {
    expect(parseTrackingRange(input)).toEqual({ errors });
  });
});
