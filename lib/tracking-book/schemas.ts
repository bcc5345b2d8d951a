// The date range of the tracking book (Mẫu 06, Sổ theo dõi hồ sơ), as the staff page and the
// download route read it. Safe for the browser: no database, no server-only import.
import { z } from "zod";
import { dayNumberFromIsoDate } from "../text/vietnam-time";

/** At most one year (a leap year included) per book: the PDF and the spreadsheet stay printable. */
export const MAX_RANGE_DAYS = 366;

const isRealDate = (s: string) => {
  try {
    dayNumberFromIsoDate(s);
    return true;
  } catch {
    return false;
  }
};

const date = (what: string) =>
  z
    .string({ error: `Vui lòng chọn ${what}.` })
    .trim()
    .min(1, `Vui lòng chọn ${what}.`)
    .refine(
      (s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isRealDate(s),
      `${what[0].toUpperCase()}${what.slice(1)} không hợp lệ (ngày/tháng/năm).`,
    );

export const trackingRangeSchema = z
  .object({ from: date("ngày bắt đầu"), to: date("ngày kết thúc") })
  .superRefine(({ from, to }, ctx) => {
    if (!isRealDate(from) || !isRealDate(to)) return;
    const days = dayNumberFromIsoDate(to) - dayNumberFromIsoDate(from) + 1;
    if (days < 1)
      ctx.addIssue({ code: "custom", path: ["to"], message: "Ngày kết thúc phải bằng hoặc sau ngày bắt đầu." });
    else if (days > MAX_RANGE_DAYS)
      ctx.addIssue({ code: "custom", path: ["to"], message: `Khoảng thời gian tối đa ${MAX_RANGE_DAYS} ngày.` });
  });

export type TrackingRange = z.output<typeof trackingRangeSchema>;
export type RangeErrors = Partial<Record<keyof TrackingRange, string>>;

/** The range, or the first message per field. */
export function parseTrackingRange(input: {
  from?: unknown;
  to?: unknown;
}): { range: TrackingRange } | { errors: RangeErrors } {
  const parsed = trackingRangeSchema.safeParse(input);
  if (parsed.success) return { range: parsed.data };
  const errors: RangeErrors = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path[0] as keyof TrackingRange;
    errors[key] ??= issue.message;
  }
  return { errors };
}
