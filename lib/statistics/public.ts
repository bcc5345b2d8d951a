import "server-only";
import { db } from "../db";
import { catalogueByAgency, NO_PROCEDURES } from "./catalogue";
import { addSums, figuresOf, ZERO_SUMS, type Figures, type Sums } from "./figures";
import { index766, rank, type Index766 } from "./index-766";
import { monthsOf, type Period } from "./period";
import { lastRefreshedAt } from "./refresh";
import { sumsBy } from "./sums";

// The public statistics (no sign-in; NĐ 224/2026 Art. 19, real-time monitoring): the
// province and every agency for a period, from the summary table and the catalogue only.

export type MonthRow = {
  month: string;
  received: number;
  resolved: number;
  early: number;
  onTime: number;
  late: number;
};
export type AgencyStatistics = {
  id: string;
  code: string;
  name: string;
  sums: Sums;
  figures: Figures;
  index: Index766;
  rank: number | null;
};
export type PublicStatistics = {
  period: Period;
  /** ISO time of the last refresh: plain data, so the result can sit in a data cache. */
  refreshedAt: string | null;
  scope: { name: string | null; code: string | null; sums: Sums; figures: Figures; index: Index766 };
  months: MonthRow[];
  agencies: AgencyStatistics[];
};

/** `agencyCode` narrows the headline figures and the monthly chart to one agency; unknown codes give null. */
export async function loadPublicStatistics(
  period: Period,
  agencyCode?: string | null,
): Promise<PublicStatistics | null> {
  const [agencies, catalogue, byAgency, refreshedAt] = await Promise.all([
    db.agency.findMany({ select: { id: true, code: true, name: true }, orderBy: { name: "asc" } }),
    catalogueByAgency(),
    sumsBy(period, "agency"),
    lastRefreshedAt(),
  ]);
  const chosen = agencyCode ? agencies.find((a) => a.code === agencyCode) : null;
  if (agencyCode && !chosen) return null;
  const byMonth = await sumsBy(period, "month", chosen ? [chosen.id] : undefined);

  const rows = rank(
    agencies.map((a) => {
      const sums = byAgency.get(a.id) ?? ZERO_SUMS;
      const counts = catalogue.byAgency.get(a.id) ?? NO_PROCEDURES;
      return { ...a, sums, figures: figuresOf(sums, counts), index: index766(sums, counts) };
    }),
  );
  const provinceSums = [...byAgency.values()].reduce(addSums, ZERO_SUMS);
  const scopeSums = chosen ? (byAgency.get(chosen.id) ?? ZERO_SUMS) : provinceSums;
  const scopeCatalogue = chosen ? (catalogue.byAgency.get(chosen.id) ?? NO_PROCEDURES) : catalogue.province;
  return {
    period,
    refreshedAt: refreshedAt?.toISOString() ?? null,
    scope: {
      name: chosen?.name ?? null,
      code: chosen?.code ?? null,
      sums: scopeSums,
      figures: figuresOf(scopeSums, scopeCatalogue),
      index: index766(scopeSums, scopeCatalogue),
    },
    months: monthsOf(period).map((month) => {
      const s = byMonth.get(month) ?? ZERO_SUMS;
      return { month, received: s.received, resolved: s.resolved, early: s.early, onTime: s.onTime, late: s.late };
    }),
    agencies: rows,
  };
}
