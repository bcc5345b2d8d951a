// What an administrator may write into the holiday table (CalendarDay). Pure: shared by the
// commands and their unit tests. The working calendar (lib/deadlines) reads the table as is.
import { z } from "zod";
import { CALENDAR_DAY_KINDS, type CalendarDayKind } from "../deadlines";

export const CALENDAR_KIND_LABEL: Record<CalendarDayKind, string> = {
  HOLIDAY: "Ngày nghỉ lễ",
  MAKEUP_WORKDAY: "Ngày làm bù",
};

const WEEKDAY_NAME = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

/** "2026-04-30" → "30/04/2026". */
export const formatIsoDate = (iso: string) => iso.split("-").reverse().join("/");

/** A real calendar date written YYYY-MM-DD (2026-02-30 is refused, not rolled into March). */
export function isRealIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00.000Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** 0 = Sunday … 6 = Saturday; a calendar date has no time zone, so UTC getters are exact. */
export const weekdayOfIsoDate = (iso: string) => new Date(`${iso}T00:00:00.000Z`).getUTCDay();

export const calendarDayNameSchema = z
  .string()
  .trim()
  .min(1, "Vui lòng nhập tên ngày (ví dụ: Quốc khánh 2/9).")
  .max(200, "Tên ngày tối đa 200 ký tự.");
export const calendarDayKindSchema = z.enum(CALENDAR_DAY_KINDS, "Vui lòng chọn loại ngày: nghỉ lễ hoặc làm bù.");

export const calendarDaySchema = z.object({
  date: z.string().trim().refine(isRealIsoDate, "Ngày không hợp lệ (định dạng năm-tháng-ngày, ví dụ 2026-09-02)."),
  kind: calendarDayKindSchema,
  name: calendarDayNameSchema,
});
export type CalendarDayInput = z.infer<typeof calendarDaySchema>;

/**
 * The weekday rule, or null when the date suits the kind. The working week is Monday–Friday, so
 * a make-up working day (ngày làm bù) only makes sense on a Saturday or Sunday. A day off may be
 * any day: the statutory date of a holiday is recorded even when it falls on a weekend (the seed's
 * Giỗ Tổ 26/04/2026, a Sunday), next to the compensating weekday off (nghỉ bù, Bộ luật Lao động 2019,
 * Art. 111(3)); on a weekend it changes no deadline.
 */
export function weekdayRuleViolation(date: string, kind: CalendarDayKind): string | null {
  const weekday = weekdayOfIsoDate(date);
  if (kind === "MAKEUP_WORKDAY" && weekday !== 0 && weekday !== 6) {
    return `Ngày ${formatIsoDate(date)} là ${WEEKDAY_NAME[weekday]}, vốn là ngày làm việc: ngày làm bù chỉ khai báo cho thứ Bảy hoặc Chủ nhật.`;
  }
  return null;
}
