import { describe, expect, it } from "vitest";
import {
  longDate,
  numericDate,
  numericDateTime,
  placeAndDate,
  shortDateTime,
  timeAndLongDate,
} from "./vietnamese-dates";

describe("Vietnamese document dates (Asia/Ho_Chi_Minh)", () => {
  it.each([
    ["2026-03-05T01:30:00Z", "ngày 05 tháng 3 năm 2026"],
    ["2026-01-09T00:00:00Z", "ngày 09 tháng 01 năm 2026"], // months 1 and 2 take a leading zero
    ["2026-02-28T10:00:00Z", "ngày 28 tháng 02 năm 2026"],
    ["2026-12-31T16:59:59Z", "ngày 31 tháng 12 năm 2026"], // 23:59:59 in Tây Ninh
    ["2026-12-31T17:00:00Z", "ngày 01 tháng 01 năm 2027"], // midnight in Tây Ninh
  ])("%s → %s", (iso, expected) => {
    expect(longDate(new Date(iso))).toBe(expected);
  });

  it("writes the place and date line", () => {
    expect(placeAndDate("Tây Ninh", new Date("2026-11-20T03:00:00Z"))).toBe("Tây Ninh, ngày 20 tháng 11 năm 2026");
  });

  it("writes times the way Mẫu 01 asks for them", () => {
    expect(timeAndLongDate(new Date("2026-03-05T02:15:00Z"))).toBe("09 giờ 15 phút, ngày 05 tháng 3 năm 2026");
    expect(shortDateTime(new Date("2026-03-04T17:05:00Z"))).toBe("00:05 ngày 05/03/2026");
  });

  // The one formatter of dates on pages, PDFs, e-mails and exports (components/ui/format.ts), in
  // both languages: two-digit day and month, four-digit year, 24-hour time, never "5/3/26".
  it.each([
    ["2026-03-05T01:30:00Z", "05/03/2026", "05/03/2026 08:30"],
    ["2026-11-20T03:07:00Z", "20/11/2026", "20/11/2026 10:07"],
    // 18:30 UTC on 5 March is already 01:30 on 6 March in Tây Ninh.
    ["2026-03-05T18:30:00Z", "06/03/2026", "06/03/2026 01:30"],
    // New Year's Eve at 17:00 UTC is midnight of 1 January 2027 there.
    ["2026-12-31T17:00:00Z", "01/01/2027", "01/01/2027 00:00"],
    ["2026-12-31T16:59:00Z", "31/12/2026", "31/12/2026 23:59"],
  ])("%s → %s, %s", (iso, date, dateTime) => {
    expect(numericDate(new Date(iso))).toBe(date);
    expect(numericDateTime(new Date(iso))).toBe(dateTime);
  });
});
