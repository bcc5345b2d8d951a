// The reporting period of the statistics pages and exports: a month, a quarter or a year, in
// Asia/Ho_Chi_Minh dates. Pure: parsed from query parameters by the public page, the staff
// report and the download route alike.
import { dayNumberFromIsoDate, dayNumberOf, isoDateOf } from "../text/vietnam-time";

export type PeriodKind = "month" | "quarter" | "year";
export type Period = { kind: PeriodKind; year: number; number: number; from: string; to: string };
/** Message keys, so the public page can word them in the visitor's language. */
export type PeriodError = "kind" | "year" | "month" | "quarter";

export const FIRST_YEAR = 2018; // TT 01/2018/TT-VPCP: the first year these figures are kept for
const KINDS: Record<string, PeriodKind> = { thang: "month", quy: "quarter", nam: "year" };
export const KIND_PARAM: Record<PeriodKind, string> = { month: "thang", quarter: "quy", year: "nam" };

const pad = (n: number) => String(n).padStart(2, "0");
const lastDayOfMonth = (year: number, month: number) =>
  isoDateOf(dayNumberFromIsoDate(`${month === 12 ? year + 1 : year}-${pad(month === 12 ? 1 : month + 1)}-01`) - 1);

export function makePeriod(kind: PeriodKind, year: number, number: number): Period {
  const [firstMonth, lastMonth] =
    kind === "year" ? [1, 12] : kind === "quarter" ? [number * 3 - 2, number * 3] : [number, number];
  return {
    kind,
    year,
    number: kind === "year" ? 1 : number,
    from: `${year}-${pad(firstMonth)}-01`,
    to: lastDayOfMonth(year, lastMonth),
  };
}

/** The month we are in (Vietnam), the default period. */
export function currentPeriod(now = new Date(), kind: PeriodKind = "month"): Period {
  const [year, month] = isoDateOf(dayNumberOf(now)).split("-").map(Number);
  return makePeriod(kind, year, kind === "quarter" ? Math.ceil(month / 3) : month);
}

const whole = (v: unknown) => (typeof v === "string" && /^\d{1,4}$/.test(v.trim()) ? Number(v.trim()) : Number.NaN);

/** ?ky=thang|quy|nam&nam=YYYY&so=N; absent parameters take the current period's values. */
export function parsePeriod(
  input: { ky?: unknown; nam?: unknown; so?: unknown },
  now = new Date(),
): { period: Period } | { error: PeriodError } {
  const kind = input.ky === undefined || input.ky === "" ? "month" : KINDS[String(input.ky)];
  if (!kind) return { error: "kind" };
  const current = currentPeriod(now, kind);
  const year = input.nam === undefined || input.nam === "" ? current.year : whole(input.nam);
  if (!(year >= FIRST_YEAR && year <= current.year + 1)) return { error: "year" };
  if (kind === "year") return { period: makePeriod(kind, year, 1) };
  const number = input.so === undefined || input.so === "" ? current.number : whole(input.so);
  const max = kind === "month" ? 12 : 4;
  if (!(number >= 1 && number <= max)) return { error: kind === "month" ? "month" : "quarter" };
  return { period: makePeriod(kind, year, number) };
}

/** The period as query parameters (links, downloads). */
export function periodQuery(p: Period): Record<string, string> {
  return p.kind === "year"
    ? { ky: "nam", nam: String(p.year) }
    : { ky: KIND_PARAM[p.kind], nam: String(p.year), so: String(p.number) };
}

/** Vietnamese wording of the parameter errors, for the staff pages and the download route. */
export const PERIOD_ERRORS_VI: Record<PeriodError, string> = {
  kind: "Kỳ báo cáo không hợp lệ: chọn tháng, quý hoặc năm.",
  year: `Năm không hợp lệ: chọn một năm từ ${FIRST_YEAR} đến năm sau năm hiện tại.`,
  month: "Tháng không hợp lệ: chọn từ 1 đến 12.",
  quarter: "Quý không hợp lệ: chọn từ 1 đến 4.",
};

/** The months (YYYY-MM) a period spans, for the monthly chart. */
export function monthsOf(p: Period): string[] {
  const first = Number(p.from.slice(5, 7));
  const last = Number(p.to.slice(5, 7));
  return Array.from({ length: last - first + 1 }, (_, i) => `${p.year}-${pad(first + i)}`);
}
