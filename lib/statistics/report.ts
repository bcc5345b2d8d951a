import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { classifyAgency, INDICATORS, MAX_TOTAL, type AgencyClass } from "../ratings/indicators";
import { reportAgency, type LeaderAgency } from "./access";
import { catalogueByAgency, NO_PROCEDURES } from "./catalogue";
import { figuresOf, ZERO_SUMS, type Figures, type Sums } from "./figures";
import { index766, type Index766 } from "./index-766";
import { overdueLists, type OverdueRow } from "./overdue";
import type { Period } from "./period";
import { lastRefreshedAt } from "./refresh";
import { sumsBy } from "./sums";

// A leader's report on their agency (TT 01/2018/TT-VPCP Art. 13–15, QĐ 766/QĐ-TTg): the public figures by procedure and by
// officer, the overdue lists, the citizen evaluation on the 9 indicators of TT 01/2018 Art. 13
// with the agency's class, and the 766 index. Authorised here, not by the page.

export type ReportLine = { key: string; label: string; code: string | null; sums: Sums; figures: Figures };
export type Evaluation = {
  ratings: number;
  /** Average score (0–2) per indicator, in the order of lib/ratings/indicators.ts. */
  indicators: { code: string; title: string; average: number | null }[];
  averageTotal: number | null;
  agencyClass: { code: AgencyClass; label: string } | null;
};
export type AgencyReport = {
  agency: LeaderAgency;
  period: Period;
  refreshedAt: Date | null;
  total: ReportLine;
  index: Index766;
  byProcedure: ReportLine[];
  byOfficer: ReportLine[];
  overdue: { open: OverdueRow[]; late: OverdueRow[] };
  evaluation: Evaluation;
};

export const NO_OFFICER = "Chưa phân công";

export function evaluationOf(s: Sums): Evaluation {
  const averageTotal = s.ratings > 0 ? Math.min(MAX_TOTAL, s.ratingTotal / s.ratings) : null;
  return {
    ratings: s.ratings,
    indicators: INDICATORS.map((i, k) => ({
      code: i.code,
      title: i.title,
      average: s.ratings > 0 ? s.indicatorSums[k] / s.ratings : null,
    })),
    averageTotal,
    agencyClass: averageTotal === null ? null : classifyAgency(averageTotal),
  };
}

export async function loadAgencyReport(
  actor: Actor,
  input: { agencyCode?: string | null; period: Period },
  now = new Date(),
): Promise<AgencyReport> {
  const agency = reportAgency(actor, input.agencyCode);
  const { period } = input;
  const [all, byProcedure, byOfficer, catalogue, overdue, refreshedAt] = await Promise.all([
    sumsBy(period, "all", [agency.id]),
    sumsBy(period, "procedure", [agency.id]),
    sumsBy(period, "officer", [agency.id]),
    catalogueByAgency(),
    overdueLists(agency.id, period, now),
    lastRefreshedAt(),
  ]);
  const procedures = await db.procedure.findMany({
    where: { OR: [{ agencies: { some: { agencyId: agency.id } } }, { id: { in: [...byProcedure.keys()] } }] },
    select: { id: true, code: true, name: true, serviceLevel: true },
    orderBy: { code: "asc" },
  });
  const officers = await db.user.findMany({
    where: { id: { in: [...byOfficer.keys()].filter(Boolean) } },
    select: { id: true, fullName: true },
    orderBy: { fullName: "asc" },
  });
  const sums = all.get("") ?? ZERO_SUMS;
  const counts = catalogue.byAgency.get(agency.id) ?? NO_PROCEDURES;
  const line = (key: string, label: string, code: string | null, s: Sums, c = NO_PROCEDURES): ReportLine => ({
    key,
    label,
    code,
    sums: s,
    figures: figuresOf(s, c),
  });
  return {
    agency,
    period,
    refreshedAt,
    total: line("", "Tổng cộng", null, sums, counts),
    index: index766(sums, counts),
    byProcedure: procedures.map((p) =>
      line(p.id, p.name, p.code, byProcedure.get(p.id) ?? ZERO_SUMS, {
        procedures: 1,
        fullOnline: p.serviceLevel === "FULL_ONLINE" ? 1 : 0,
        complete: 0,
      }),
    ),
    byOfficer: [
      ...officers.map((o) => line(o.id, o.fullName, null, byOfficer.get(o.id)!)),
      ...(byOfficer.has("") ? [line("", NO_OFFICER, null, byOfficer.get("")!)] : []),
    ],
    overdue,
    evaluation: evaluationOf(sums),
  };
}
