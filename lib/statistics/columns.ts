// The columns of a report table (by procedure, by officer), shared by the staff page, the CSV
// and the spreadsheet, so the three can never disagree. Pure. Rates are fractions (0–1).
import type { Figures } from "./figures";

export type Column = { header: string; value: (f: Figures) => number | null; percent?: boolean };

export const LINE_COLUMNS: readonly Column[] = [
  { header: "Tiếp nhận", value: (f) => f.received },
  { header: "Trực tuyến", value: (f) => f.online.numerator },
  { header: "Bưu chính", value: (f) => f.postal.numerator },
  { header: "Trực tiếp", value: (f) => f.counter.numerator },
  { header: "Đã giải quyết", value: (f) => f.resolved },
  { header: "Trước hạn", value: (f) => f.early },
  { header: "Đúng hạn", value: (f) => f.onTime },
  { header: "Quá hạn", value: (f) => f.late },
  { header: "Tỷ lệ đúng hạn", value: (f) => f.onTimeRate.value, percent: true },
  {
    header: "Thời gian TB (ngày)",
    value: (f) => (f.averageDays === null ? null : Math.round(f.averageDays * 100) / 100),
  },
  {
    header: "Thời hạn TB (ngày)",
    value: (f) => (f.averageLegalDays === null ? null : Math.round(f.averageLegalDays * 100) / 100),
  },
  { header: "Tỷ lệ hài lòng", value: (f) => f.satisfaction.value, percent: true },
];
