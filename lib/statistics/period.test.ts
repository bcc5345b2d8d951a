import { describe, expect, it } from "vitest";
import { currentPeriod, makePeriod, monthsOf, parsePeriod, periodQuery } from "./period";

const now = new Date("2026-12-31T18:00:00Z"); // already 1 January 2027 in Vietnam

describe("the reporting period", () => {
  it("spans whole months, quarters and years in Vietnam dates", () => {
    expect(makePeriod("month", 2024, 2)).toMatchObject({ from: "2024-02-01", to: "2024-02-29" });
    expect(makePeriod("quarter", 2025, 4)).toMatchObject({ from: "2025-10-01", to: "2025-12-31" });
    expect(makePeriod("year", 2025, 1)).toMatchObject({ from: "2025-01-01", to: "2025-12-31" });
    expect(currentPeriod(now)).toMatchObject({ kind: "month", year: 2027, number: 1 });
    expect(monthsOf(makePeriod("quarter", 2025, 2))).toEqual(["2025-04", "2025-05", "2025-06"]);
  });

  it("reads the query parameters, defaulting to the current period, and names what is wrong", () => {
    expect(parsePeriod({}, now)).toEqual({ period: makePeriod("month", 2027, 1) });
    expect(parsePeriod({ ky: "quy", nam: "2026", so: "3" }, now)).toEqual({ period: makePeriod("quarter", 2026, 3) });
    expect(parsePeriod({ ky: "nam", nam: "2026", so: "99" }, now)).toEqual({ period: makePeriod("year", 2026, 1) });
    expect(parsePeriod({ ky: "tuan" }, now)).toEqual({ error: "kind" });
    expect(parsePeriod({ ky: "thang", nam: "2017" }, now)).toEqual({ error: "year" });
    expect(parsePeriod({ ky: "thang", nam: "abc" }, now)).toEqual({ error: "year" });
    expect(parsePeriod({ ky: "thang", nam: "2026", so: "0" }, now)).toEqual({ error: "month" });
    expect(parsePeriod({ ky: "quy", nam: "2026", so: "1.5" }, now)).toEqual({ error: "quarter" });
    expect(periodQuery(makePeriod("month", 2026, 5))).toEqual({ ky: "thang", nam: "2026", so: "5" });
  });
});
