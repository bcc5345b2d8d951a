// Exceptions to the Monday–Friday working week for 2026 and 2027 (docs/domain.md §5, "Days off").
//
// Public holidays per Bộ luật Lao động 2019 Art. 112(1): Tết Dương lịch (1/1), Tết Nguyên đán
// (5 days), Giỗ Tổ Hùng Vương (10/3 lunar), Chiến thắng (30/4), Quốc tế Lao động (1/5),
// Quốc khánh (2/9 plus 1/9 or 3/9). When a holiday falls on the weekly rest day, the next working
// day is taken off instead (nghỉ bù, Art. 111(3)); the Prime Minister sets the Tết days and may
// swap a working day for a Saturday worked beforehand or later (ngày làm bù, Art. 112(3)).
//
// 2026 follows the official table for civil servants: CV 12729/VPCP-KGVX of 25/12/2025
// (docs/domain.md §5). 2027 is not announced yet: only the statutory days are certain; the
// choices marked "unverified" below are the usual pattern, for administrators to correct in the
// holiday table once announced. The `name` is what users read, so it never carries such doubts.
//
// Rows list the statutory holidays (whatever the weekday), swapped days off and make-up
// Saturdays; ordinary weekends inside a long break are not listed.
// Not seeded: Ngày Văn hóa Việt Nam 24/11 (NQ 30/NQ-CP only orders a change of the Code).

export type CalendarDaySeed = {
  date: string; // YYYY-MM-DD, a calendar date in Asia/Ho_Chi_Minh
  kind: "HOLIDAY" | "MAKEUP_WORKDAY";
  name: string;
};

export const calendarDays: CalendarDaySeed[] = [
  // ── 2026 ──
  { date: "2026-01-01", kind: "HOLIDAY", name: "Tết Dương lịch" },
  // CV 12729/VPCP-KGVX: Friday 2/1 swapped for Saturday 10/1.
  { date: "2026-01-02", kind: "HOLIDAY", name: "Nghỉ hoán đổi dịp Tết Dương lịch (làm bù Thứ Bảy 10/01/2026)" },
  { date: "2026-01-10", kind: "MAKEUP_WORKDAY", name: "Làm bù cho ngày nghỉ 02/01/2026" },
  // Tết Bính Ngọ (CV 12729/VPCP-KGVX): mùng 1 = Tuesday 17/2/2026; the break runs Saturday 14/2 –
  // Sunday 22/2, of which the weekdays 16–20/2 are listed.
  { date: "2026-02-16", kind: "HOLIDAY", name: "Tết Nguyên đán Bính Ngọ (ngày cuối năm Ất Tỵ)" },
  { date: "2026-02-17", kind: "HOLIDAY", name: "Tết Nguyên đán Bính Ngọ (mùng 1)" },
  { date: "2026-02-18", kind: "HOLIDAY", name: "Tết Nguyên đán Bính Ngọ (mùng 2)" },
  { date: "2026-02-19", kind: "HOLIDAY", name: "Tết Nguyên đán Bính Ngọ (mùng 3)" },
  { date: "2026-02-20", kind: "HOLIDAY", name: "Tết Nguyên đán Bính Ngọ (mùng 4)" },
  // 10/3 lunar = Sunday 26/4/2026 → day off moved to Monday 27/4 (nghỉ bù, BLLĐ 2019 Art. 111(3)).
  { date: "2026-04-26", kind: "HOLIDAY", name: "Giỗ Tổ Hùng Vương (10/3 âm lịch)" },
  { date: "2026-04-27", kind: "HOLIDAY", name: "Nghỉ bù Giỗ Tổ Hùng Vương (trùng Chủ nhật)" },
  { date: "2026-04-30", kind: "HOLIDAY", name: "Ngày Chiến thắng (30/4)" },
  { date: "2026-05-01", kind: "HOLIDAY", name: "Ngày Quốc tế Lao động (1/5)" },
  // Quốc khánh (CV 12729/VPCP-KGVX): 2/9 is a Wednesday, the adjacent day is Tuesday 1/9, and
  // Monday 31/8 is swapped for Saturday 22/8, so the break runs Saturday 29/8 – Wednesday 2/9.
  { date: "2026-08-22", kind: "MAKEUP_WORKDAY", name: "Làm bù cho ngày nghỉ 31/08/2026" },
  { date: "2026-08-31", kind: "HOLIDAY", name: "Nghỉ hoán đổi dịp Quốc khánh (làm bù Thứ Bảy 22/08/2026)" },
  { date: "2026-09-01", kind: "HOLIDAY", name: "Quốc khánh (ngày liền kề)" },
  { date: "2026-09-02", kind: "HOLIDAY", name: "Quốc khánh (2/9)" },

  // ── 2027 ──
  { date: "2027-01-01", kind: "HOLIDAY", name: "Tết Dương lịch" },
  // Tết Đinh Mùi: mùng 1 = Saturday 6/2/2027. Not decided yet (unverified): the usual block of one
  // day before and four after; mùng 1 and mùng 2 fall on the weekend → two days off in lieu on 10–11/2.
  { date: "2027-02-05", kind: "HOLIDAY", name: "Tết Nguyên đán Đinh Mùi (ngày cuối năm Bính Ngọ)" },
  { date: "2027-02-06", kind: "HOLIDAY", name: "Tết Nguyên đán Đinh Mùi (mùng 1)" },
  { date: "2027-02-07", kind: "HOLIDAY", name: "Tết Nguyên đán Đinh Mùi (mùng 2)" },
  { date: "2027-02-08", kind: "HOLIDAY", name: "Tết Nguyên đán Đinh Mùi (mùng 3)" },
  { date: "2027-02-09", kind: "HOLIDAY", name: "Tết Nguyên đán Đinh Mùi (mùng 4)" },
  { date: "2027-02-10", kind: "HOLIDAY", name: "Nghỉ bù Tết Nguyên đán (mùng 1 trùng Thứ Bảy)" },
  { date: "2027-02-11", kind: "HOLIDAY", name: "Nghỉ bù Tết Nguyên đán (mùng 2 trùng Chủ nhật)" },
  // 10/3 lunar = Friday 16/4/2027.
  { date: "2027-04-16", kind: "HOLIDAY", name: "Giỗ Tổ Hùng Vương (10/3 âm lịch)" },
  { date: "2027-04-30", kind: "HOLIDAY", name: "Ngày Chiến thắng (30/4)" },
  { date: "2027-05-01", kind: "HOLIDAY", name: "Ngày Quốc tế Lao động (1/5)" },
  { date: "2027-05-03", kind: "HOLIDAY", name: "Nghỉ bù Ngày Quốc tế Lao động (trùng Thứ Bảy)" },
  // Quốc khánh: 2/9 is a Thursday; the adjacent day (1/9 or 3/9) is not chosen yet: Friday 3/9
  // is assumed (unverified).
  { date: "2027-09-02", kind: "HOLIDAY", name: "Quốc khánh (2/9)" },
  { date: "2027-09-03", kind: "HOLIDAY", name: "Quốc khánh (ngày liền kề)" },
];
