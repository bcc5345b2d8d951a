// Shared test data: the official 2026 days off (CV 12729/VPCP-KGVX, docs/domain.md §5) written
// out independently of the seed: New Year with a swapped Friday and its make-up Saturday, Tết
// 2026-02-14..22 (weekends included), Giỗ Tổ moved to Monday 27/4, 30/4–1/5 (Thursday, Friday),
// and Quốc khánh 29/8–2/9 with Monday 31/8 swapped for Saturday 22/8.
import { expect } from "vitest";
import type { CalendarException } from "./types";
import { createWorkingCalendar } from "./working-calendar";

export const EXCEPTIONS_2026: CalendarException[] = [
  { date: "2026-01-01", kind: "HOLIDAY", name: "Tết Dương lịch" },
  { date: "2026-01-02", kind: "HOLIDAY", name: "Nghỉ bù (swapped with 2026-01-10)" },
  { date: "2026-01-10", kind: "MAKEUP_WORKDAY", name: "Làm bù for 2026-01-02" },
  ...["14", "15", "16", "17", "18", "19", "20", "21", "22"].map((d): CalendarException => ({
    date: `2026-02-${d}`,
    kind: "HOLIDAY",
    name: "Tết Nguyên đán",
  })),
  { date: "2026-04-27", kind: "HOLIDAY", name: "Nghỉ bù Giỗ Tổ Hùng Vương" },
  { date: "2026-04-30", kind: "HOLIDAY", name: "Ngày Giải phóng miền Nam" },
  { date: "2026-05-01", kind: "HOLIDAY", name: "Ngày Quốc tế Lao động" },
  { date: "2026-08-22", kind: "MAKEUP_WORKDAY", name: "Làm bù for 2026-08-31" },
  { date: "2026-08-31", kind: "HOLIDAY", name: "Nghỉ hoán đổi (swapped with 2026-08-22)" },
  { date: "2026-09-01", kind: "HOLIDAY", name: "Quốc khánh" },
  { date: "2026-09-02", kind: "HOLIDAY", name: "Quốc khánh" },
];

export const calendar = createWorkingCalendar(EXCEPTIONS_2026);

/** Parses an ISO instant; an explicit offset is required so that no test depends on TZ. */
export function at(iso: string): Date {
  if (!/(Z|[+-]\d\d:\d\d)$/.test(iso)) throw new Error(`test instant needs an offset: ${iso}`);
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`bad test instant: ${iso}`);
  return date;
}

/** Formats an instant in Vietnam time, independently of the code under test, for readable diffs. */
export function vn(date: Date): string {
  return new Date(date.getTime() + 7 * 3_600_000).toISOString().replace(/:00\.000Z$|\.000Z$|Z$/, "") + "+07:00";
}

export function expectInstant(actual: Date, expectedIso: string): void {
  expect(vn(actual)).toBe(vn(at(expectedIso)));
}
