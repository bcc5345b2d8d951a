// The evaluation of how a dossier was handled (TT 01/2018/TT-VPCP Art. 13–15): nine indicators,
// each scored 0, 1 or 2, so a dossier totals 0–18. Indicators 1, 2, 3, 4 and 7 are asked of the
// citizen about their dossier; 5, 6, 8 and 9 are measures from the system's own data (Art. 14(2)–
// (3)), never asked (./system-indicators.ts). Texts: lib/i18n/rating-indicators-*.ts. Pure: safe
// for the browser.
import { ratingIndicatorsVi, type RatingIndicatorCode } from "../i18n/rating-indicators-vi";

export type Score = 0 | 1 | 2;
export const SCORES: readonly Score[] = [2, 1, 0];

/** Who gives the score: the citizen on the form, or the system from its data. */
export type IndicatorSource = "CITIZEN" | "SYSTEM";

export type Indicator = {
  code: RatingIndicatorCode;
  source: IndicatorSource;
  /** Short name, used in messages and summaries. */
  title: string;
  /** The question put to the citizen, or what the system measures. */
  question: string;
  /** What each score means. */
  labels: Record<Score, string>;
};

const indicator = (code: RatingIndicatorCode, source: IndicatorSource): Indicator => ({
  code,
  source,
  ...ratingIndicatorsVi[code],
});

// Order of Art. 13: the indicator number shown is its position here (the statistics' columns too).
export const INDICATORS: readonly Indicator[] = [
  indicator("TOTAL_TIME", "CITIZEN"),
  indicator("UNIT_TIME", "CITIZEN"),
  indicator("CONTACTS", "CITIZEN"),
  indicator("AGENCIES", "CITIZEN"),
  indicator("ONE_STOP", "SYSTEM"),
  indicator("PUBLICITY", "SYSTEM"),
  indicator("ATTITUDE", "CITIZEN"),
  indicator("FEEDBACK", "SYSTEM"),
  indicator("ONLINE", "SYSTEM"),
];

/** The indicators on the citizen's form, with their official numbers (1, 2, 3, 4, 7). */
export const CITIZEN_INDICATORS = INDICATORS.map((i, n) => ({ ...i, number: n + 1 })).filter(
  (i) => i.source === "CITIZEN",
);
export type CitizenIndicatorCode = "TOTAL_TIME" | "UNIT_TIME" | "CONTACTS" | "AGENCIES" | "ATTITUDE";
export type SystemIndicatorCode = Exclude<RatingIndicatorCode, CitizenIndicatorCode>;
export const CITIZEN_INDICATOR_CODES = CITIZEN_INDICATORS.map((i) => i.code) as CitizenIndicatorCode[];
export const SYSTEM_INDICATOR_CODES = INDICATORS.filter((i) => i.source === "SYSTEM").map(
  (i) => i.code,
) as SystemIndicatorCode[];

export type IndicatorCode = RatingIndicatorCode;
export type Scores = Record<IndicatorCode, Score>;

export const INDICATOR_CODES = INDICATORS.map((i) => i.code) as IndicatorCode[];
export const MAX_TOTAL = INDICATORS.length * 2;

export function totalScore(scores: Scores): number {
  return INDICATOR_CODES.reduce((sum, code) => sum + scores[code], 0);
}

/** Mean of the dossiers' totals, or null when there is none to average. */
export function averageTotal(totals: readonly number[]): number | null {
  if (totals.length === 0) return null;
  return totals.reduce((a, b) => a + b, 0) / totals.length;
}

export type AgencyClass = "EXCELLENT" | "GOOD" | "FAIR" | "AVERAGE" | "WEAK";

// Art. 15(3)(b): an agency is classed by the average total of its evaluated dossiers.
const CLASSES: readonly { min: number; code: AgencyClass; label: string }[] = [
  { min: 15, code: "EXCELLENT", label: "Xuất sắc" },
  { min: 12, code: "GOOD", label: "Tốt" },
  { min: 9, code: "FAIR", label: "Khá" },
  { min: 6, code: "AVERAGE", label: "Trung bình" },
  { min: 0, code: "WEAK", label: "Yếu" },
];

export function classifyAgency(average: number): { code: AgencyClass; label: string } {
  if (!Number.isFinite(average) || average < 0 || average > MAX_TOTAL) {
    throw new RangeError(`An average total lies between 0 and ${MAX_TOTAL}, got ${average}.`);
  }
  const { code, label } = CLASSES.find((k) => average >= k.min) ?? CLASSES[CLASSES.length - 1];
  return { code, label };
}
