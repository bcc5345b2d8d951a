// Bộ chỉ số 766 (QĐ 766/QĐ-TTg of 23 June 2022): 100 points in five groups, computed from the
// same sums as the other figures. Pure. Each indicator scores points × numerator / denominator.
// An indicator the data cannot measure is NO_DATA and one with nothing to measure this period
// (denominator 0) is NOT_APPLICABLE: neither is given points, and both are left out of the
// points the scope could reach ("evaluated"), so agencies are ranked by the share of reachable
// points they earned instead of by invented figures (docs/statistics.md).
import { ratio, type CatalogueCounts, type Ratio, type Sums } from "./figures";

export const GROUPS = [
  { code: "PUBLICITY", points: 18 }, // công khai, minh bạch
  { code: "PROGRESS", points: 20 }, // tiến độ, kết quả giải quyết
  { code: "DIGITISATION", points: 22 }, // số hóa hồ sơ, kết quả
  { code: "ONLINE", points: 22 }, // cung cấp dịch vụ công trực tuyến
  { code: "SATISFACTION", points: 18 }, // mức độ hài lòng
] as const;
export type GroupCode = (typeof GROUPS)[number]["code"];

/** The indicators, their group and points (the points of a group add up to the group's weight). */
export const INDICATORS_766 = [
  { code: "PUBLISHED_IN_FULL", group: "PUBLICITY", points: 9 },
  { code: "PUBLISHED_ON_TIME", group: "PUBLICITY", points: 9 },
  { code: "ON_TIME_RATE", group: "PROGRESS", points: 14 },
  { code: "LATE_APOLOGISED", group: "PROGRESS", points: 6 },
  { code: "DIGITISED_DOSSIERS", group: "DIGITISATION", points: 11 },
  { code: "ELECTRONIC_RESULTS", group: "DIGITISATION", points: 11 },
  { code: "FULL_ONLINE_PROCEDURES", group: "ONLINE", points: 8 },
  { code: "ONLINE_DOSSIERS", group: "ONLINE", points: 8 },
  { code: "ONLINE_PAYMENTS", group: "ONLINE", points: 6 },
  { code: "SATISFIED_RATINGS", group: "SATISFACTION", points: 12 },
  { code: "FEEDBACK_ANSWERED", group: "SATISFACTION", points: 6 },
] as const satisfies readonly { code: string; group: GroupCode; points: number }[];
export type IndicatorCode766 = (typeof INDICATORS_766)[number]["code"];

export type IndicatorStatus = "SCORED" | "NO_DATA" | "NOT_APPLICABLE";
export type IndicatorScore = {
  code: IndicatorCode766;
  group: GroupCode;
  points: number;
  ratio: Ratio | null;
  score: number | null;
  status: IndicatorStatus;
};
export type GroupScore = {
  code: GroupCode;
  points: number;
  score: number;
  evaluated: number;
  indicators: IndicatorScore[];
};
export type Index766 = {
  /** Whether the scope received or decided any dossier in the period (see rank). */
  hasDossiers: boolean;
  total: number;
  evaluated: number;
  /** total / evaluated, 0–1; null when nothing could be evaluated. */ share: number | null;
  groups: GroupScore[];
};

/** Numerator and denominator of each indicator; null where the data cannot measure it. */
function ratios(s: Sums, c: CatalogueCounts): Record<IndicatorCode766, Ratio | null> {
  return {
    PUBLISHED_IN_FULL: ratio(c.complete, c.procedures),
    // When each procedure was announced and published (the decision's date) is not recorded.
    PUBLISHED_ON_TIME: null,
    ON_TIME_RATE: ratio(s.early + s.onTime, s.early + s.onTime + s.late),
    LATE_APOLOGISED: ratio(s.lateApologised, s.late),
    DIGITISED_DOSSIERS: ratio(s.receivedDigital, s.received),
    ELECTRONIC_RESULTS: ratio(s.electronicResult, s.resolved),
    FULL_ONLINE_PROCEDURES: ratio(c.fullOnline, c.procedures),
    ONLINE_DOSSIERS: ratio(s.fullOnlineReceivedOnline, s.fullOnlineReceived),
    ONLINE_PAYMENTS: ratio(s.paidOnline, s.paid),
    SATISFIED_RATINGS: ratio(s.satisfied, s.ratings),
    FEEDBACK_ANSWERED: ratio(s.feedbackAnswered, s.feedback),
  };
}

const round2 = (v: number) => Math.round(v * 100) / 100;

export function index766(s: Sums, c: CatalogueCounts): Index766 {
  const r = ratios(s, c);
  const scored: IndicatorScore[] = INDICATORS_766.map((i) => {
    const q = r[i.code];
    if (!q) return { ...i, ratio: null, score: null, status: "NO_DATA" };
    if (q.value === null) return { ...i, ratio: q, score: null, status: "NOT_APPLICABLE" };
    return { ...i, ratio: q, score: round2(i.points * q.value), status: "SCORED" };
  });
  const groups = GROUPS.map((g) => {
    const indicators = scored.filter((i) => i.group === g.code);
    const score = round2(indicators.reduce((a, i) => a + (i.score ?? 0), 0));
    const evaluated = indicators.reduce((a, i) => a + (i.status === "SCORED" ? i.points : 0), 0);
    return { code: g.code, points: g.points, score, evaluated, indicators };
  });
  const total = round2(groups.reduce((a, g) => a + g.score, 0));
  const evaluated = groups.reduce((a, g) => a + g.evaluated, 0);
  return {
    hasDossiers: s.received + s.resolved > 0,
    total,
    evaluated,
    share: evaluated > 0 ? total / evaluated : null,
    groups,
  };
}

/**
 * The ranking of the agencies. An agency that neither received nor decided a dossier in the
 * period has nothing to score on the dossier indicators (on-time rate, online share, digitised
 * dossiers, satisfaction…: "không có hồ sơ", NOT_APPLICABLE, not 0 % nor 100 %); what is left
 * are the catalogue indicators, which alone would give it a full share of the few points it can
 * reach and put it above agencies that actually served people. So it gets no rank: it is listed
 * after every agency with dossiers, by name, as "chưa có hồ sơ". The agencies with dossiers are
 * ranked by the share of reachable points they earned, best first; ties by name.
 */
export function rank<T extends { name: string; index: Index766 }>(rows: T[]): (T & { rank: number | null })[] {
  const byName = (a: T, b: T) => a.name.localeCompare(b.name, "vi");
  const rankable = (r: T) => r.index.hasDossiers && r.index.share !== null;
  const ranked = rows.filter(rankable).sort((a, b) => b.index.share! - a.index.share! || byName(a, b));
  const unranked = rows.filter((r) => !rankable(r)).sort(byName);
  return [...ranked.map((row, i) => ({ ...row, rank: i + 1 })), ...unranked.map((row) => ({ ...row, rank: null }))];
}
