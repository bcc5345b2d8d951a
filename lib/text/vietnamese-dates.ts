// Dates as Vietnamese administrative documents write them, always in Asia/Ho_Chi_Minh
// (fixed UTC+7, see ./vietnam-time.ts), whatever the server's time zone.
import { dayNumberOf, isoDateOf, MS_PER_MINUTE, msOfDay } from "./vietnam-time";

type Parts = { day: number; month: number; year: number; hour: number; minute: number };

function partsOf(instant: Date): Parts {
  const [year, month, day] = isoDateOf(dayNumberOf(instant)).split("-").map(Number);
  const minutes = Math.floor(msOfDay(instant) / MS_PER_MINUTE);
  return { day, month, year, hour: Math.floor(minutes / 60), minute: minutes % 60 };
}

const two = (n: number) => String(n).padStart(2, "0");

/**
 * "ngày 05 tháng 3 năm 2026". NĐ 30/2020/NĐ-CP (Phụ lục I): days below 10 and the months
 * 1 and 2 take a leading zero, so that nothing can be written in front of them later.
 */
export function longDate(instant: Date): string {
  const { day, month, year } = partsOf(instant);
  return `ngày ${two(day)} tháng ${month <= 2 ? two(month) : month} năm ${year}`;
}

/** The place and date line of a document: "Tây Ninh, ngày 05 tháng 3 năm 2026". */
export function placeAndDate(place: string, instant: Date): string {
  return `${place}, ${longDate(instant)}`;
}

/** "08 giờ 30 phút, ngày 05 tháng 3 năm 2026" (the wording of the Mẫu 01 receipt). */
export function timeAndLongDate(instant: Date): string {
  const { hour, minute } = partsOf(instant);
  return `${two(hour)} giờ ${two(minute)} phút, ${longDate(instant)}`;
}

/** "08:30 ngày 05/03/2026". */
export function shortDateTime(instant: Date): string {
  const { day, month, year, hour, minute } = partsOf(instant);
  return `${two(hour)}:${two(minute)} ngày ${two(day)}/${two(month)}/${year}`;
}

/** "05/03/2026". */
export function numericDate(instant: Date): string {
  const { day, month, year } = partsOf(instant);
  return `${two(day)}/${two(month)}/${year}`;
}

/** "05/03/2026 08:30", for the narrow columns of registers (Mẫu 06). */
export function numericDateTime(instant: Date): string {
  const { hour, minute } = partsOf(instant);
  return `${numericDate(instant)} ${two(hour)}:${two(minute)}`;
}
