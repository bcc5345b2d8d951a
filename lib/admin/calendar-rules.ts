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

export const calendarDayNameSchema = z.string().trim().min(1, "Vui lòng nhập tên ngày (ví dụ: Quốc khánh 2/9).").max(200, "Tên ngày tối đa 200 ký tự.");
export const calendarDayKindSchema = z.enum(CALENDAR_DAY_KINDS, "Vui lòng chọn loại ngày: nghỉ lễ hoặc làm bù.");

export const calendarDaySchema = z.object({
  date: z.string().trim().refine(isRealIsoDate, "Ngày không hợp lệ (định dạng năm-tháng-ngày, ví dụ 2026-09-02)."),
  kind: calendarDayKindSchema,
  name: calendarDayNameSchema,
});
export type CalendarDayInput = z.infer<typeof calendarDaySchema>;

/**
 * The weekday rule, or null when the date suits the kind. The working week is Monday–Friday:
 * a make-up working day (ngày làm bù) only makes sense on a Saturday or Sunday, and a day off
 * only changes anything on a weekday. A statutory holiday that falls on a weekend is compensated
 * by a day off on the next working day (Bộ luật Lao động 2019, Art. 112(3)): that day is the row.
 */
export function weekdayRuleViolation(date: string, kind: CalendarDayKind): string | null {
  const weekday = weekdayOfIsoDate(date);
  const weekend = weekday === 0 || weekday === 6;
  const when = `Ngày ${formatIsoDate(date)} là ${WEEKDAY_NAME[weekday]}`;
  if (kind === "MAKEUP_WORKDAY" && !weekend) {
    return `${when}, vốn là ngày làm việc: ngày làm bù chỉ khai báo cho thứ Bảy hoặc Chủ nhật.`;
  }
  if (kind === "HOLIDAY" && weekend) {
    return `${when}, vốn là ngày nghỉ: ngày nghỉ lễ chỉ khai báo cho ngày từ thứ Hai đến thứ Sáu. Nếu ngày lễ trùng cuối tuần, hãy khai báo ngày nghỉ bù vào ngày làm việc kế tiếp (Bộ luật Lao động 2019, Điều 112 khoản 3).`;
  }
  return null;
}
