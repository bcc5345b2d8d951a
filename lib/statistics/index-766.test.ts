import { describe, expect, it } from "vitest";
import { ZERO_SUMS, type Sums } from "./figures";
import { GROUPS, index766, INDICATORS_766, rank } from "./index-766";

const sums = (over: Partial<Sums>): Sums => ({ ...ZERO_SUMS, ...over });

describe("Bộ chỉ số 766", () => {
  it("weighs the five groups 18, 20, 22, 22, 18 and each group's indicators add up to its weight", () => {
    expect(GROUPS.map((g) => g.points)).toEqual([18, 20, 22, 22, 18]);
    expect(GROUPS.reduce((a, g) => a + g.points, 0)).toBe(100);
    for (const g of GROUPS)
      expect(INDICATORS_766.filter((i) => i.group === g.code).reduce((a, i) => a + i.points, 0)).toBe(g.points);
  });

  it("scores points × numerator / denominator, groups add up to the total, and unmeasurable indicators get no points", () => {
    const r = index766(
      sums({
        early: 10,
        onTime: 27,
        late: 3,
        lateApologised: 1,
        received: 40,
        receivedDigital: 30,
        resolved: 40,
        electronicResult: 20,
      }),
      { procedures: 4, fullOnline: 1, complete: 4 },
    );
    const byCode = Object.fromEntries(r.groups.flatMap((g) => g.indicators).map((i) => [i.code, i]));
    expect(byCode.ON_TIME_RATE.score).toBe(12.95); // 14 × 37/40
    expect(byCode.LATE_APOLOGISED.score).toBe(2); // 6 × 1/3
    expect(byCode.PUBLISHED_ON_TIME.status).toBe("NO_DATA");
    expect(byCode.SATISFIED_RATINGS.status).toBe("NOT_APPLICABLE");
    expect(byCode.SATISFIED_RATINGS.score).toBeNull();
    expect(r.total).toBeCloseTo(
      r.groups.reduce((a, g) => a + g.score, 0),
      6,
    );
    // Reachable: publicity 9, progress 20, digitisation 22, online 8 (payments and online dossiers have no denominator).
    expect(r.evaluated).toBe(9 + 20 + 22 + 8);
  });

  it("ranks by the share of reachable points, leaving agencies with nothing to evaluate unranked", () => {
    const good = {
      name: "B",
      index: index766(sums({ resolved: 1, early: 1 }), { procedures: 0, fullOnline: 0, complete: 0 }),
    };
    const bad = {
      name: "A",
      index: index766(sums({ resolved: 1, late: 1 }), { procedures: 0, fullOnline: 0, complete: 0 }),
    };
    const none = { name: "C", index: index766(ZERO_SUMS, { procedures: 0, fullOnline: 0, complete: 0 }) };
    expect(rank([none, bad, good]).map((r) => [r.name, r.rank])).toEqual([
      ["B", 1],
      ["A", 2],
      ["C", null],
    ]);
  });

  it("lists an agency without dossiers below every agency with dossiers, whatever its catalogue scores", () => {
    const catalogue = { procedures: 2, fullOnline: 2, complete: 2 };
    // No dossier: only the catalogue indicators are scored (9 + 8 points, all earned), a share of 100 %.
    const idle = { name: "A idle", index: index766(ZERO_SUMS, catalogue) };
    expect([idle.index.hasDossiers, idle.index.total, idle.index.evaluated]).toEqual([false, 17, 17]);
    // One dossier received and decided late, without an electronic result: a share well below 100 %.
    const busy = {
      name: "Z busy",
      index: index766(sums({ received: 1, receivedDigital: 1, resolved: 1, late: 1 }), catalogue),
    };
    expect(busy.index.share!).toBeLessThan(idle.index.share!);
    expect(rank([idle, busy]).map((r) => [r.name, r.rank])).toEqual([
      ["Z busy", 1],
      ["A idle", null],
    ]);
  });
});
