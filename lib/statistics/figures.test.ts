import { describe, expect, it } from "vitest";
import { addSums, figuresOf, formatPercent, ratio, ZERO_SUMS } from "./figures";

describe("the figures of a report", () => {
  it("keeps numerator and denominator, and has no rate without a denominator", () => {
    expect(ratio(3, 4)).toEqual({ numerator: 3, denominator: 4, value: 0.75 });
    expect(ratio(0, 0)).toEqual({ numerator: 0, denominator: 0, value: null });
    const f = figuresOf(ZERO_SUMS, { procedures: 0, fullOnline: 0, complete: 0 });
    expect([f.onTimeRate.value, f.online.value, f.satisfaction.value, f.averageDays, f.averageRating]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(formatPercent(f.onTimeRate)).toBe("—");
  });

  it("leaves results without a deadline out of the on-time rate but counts them as resolved", () => {
    const f = figuresOf(
      { ...ZERO_SUMS, resolved: 10, early: 2, onTime: 5, late: 1, timed: 8, elapsedHours: 8 * 48, legalHours: 8 * 120 },
      { procedures: 4, fullOnline: 1, complete: 4 },
    );
    expect(f.unclassified).toBe(2);
    expect(f.onTimeRate).toEqual({ numerator: 7, denominator: 8, value: 0.875 });
    expect([f.averageDays, f.averageLegalDays]).toEqual([2, 5]);
    expect(f.fullOnlineProcedures.value).toBe(0.25);
    expect(formatPercent(f.onTimeRate)).toBe("87,5 %");
    expect(formatPercent(f.onTimeRate, "en")).toBe("87.5 %");
  });

  it("adds sums column by column, the 9 indicator sums too", () => {
    const a = { ...ZERO_SUMS, received: 2, indicatorSums: [1, 2, 3, 4, 5, 6, 7, 8, 9] };
    const b = { ...ZERO_SUMS, received: 3, elapsedHours: 1.5, indicatorSums: [1, 1, 1, 1, 1, 1, 1, 1, 1] };
    expect(addSums(a, b)).toMatchObject({
      received: 5,
      elapsedHours: 1.5,
      indicatorSums: [2, 3, 4, 5, 6, 7, 8, 9, 10],
    });
    expect(ZERO_SUMS.indicatorSums).toEqual(Array(9).fill(0)); // not mutated
  });
});
