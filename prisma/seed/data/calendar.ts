// Exceptions to the Monday–Friday working week for 2026 and 2027 (docs/domain.md §5, "Days off").
//
// Public holidays per Bộ luật Lao động 2019 Art. 112: Tết Dương lịch (1/1), Tết Nguyên đán
// (5 days), Giỗ Tổ Hùng Vương (10/3 lunar), Chiến thắng (30/4), Quốc tế Lao động (1/5),
// Quốc khánh (2/9 plus 1/9 or 3/9). When a holiday falls on Saturday or Sunday, civil servants
// take the next working day off instead (nghỉ bù, Art. 112(3)); the Prime Minister may also swap
// a working day for a Saturday worked later (ngày làm bù), announced by the Ministry of Home
// Affairs each year.
//
// Rows list the statutory holidays (whatever the weekday), swapped days off and make-up
// Saturdays; ordinary weekends inside a long break are not listed. Dates not yet announced
// officially are marked (verify): administrators correct them in the holiday table.
// Not seeded: Ngày Văn hóa Việt Nam 24/11, proposed as a paid day off (verify before adding).

export type CalendarDaySeed = {
  date: string; // YYYY-MM-DD, a calendar date in Asia/Ho_Chi_Minh
  kind: "HOLIDAY" | "MAKEUP_WORKDAY";
  name: string;
};

export const calendarDays: CalendarDaySeed[] = [
  // ── 2026 ──
  { date: "2026-01-01", kind: "HOLIDAY", name: "Tết Dương lịch" },
  // Swap of Friday 2/1 for Saturday 10/1 (verify: announced by Bộ Nội vụ for 2026)
  { date: "2026-01-02", kind: "HOLIDAY", name: "Nghỉ hoán đổi dịp Tết Dương lịch (làm bù Thứ Bảy 10/01/2026)" },
  { date: "2026-01-10", kind: "MAKEUP_WORKDAY", name: "Làm bù cho ngày nghỉ 02/01/2026" },
  // Tết Bính Ngọ: mùng 1 = Tuesday 17/2/2026; the break runs Saturday 14/2 – Sunday 22/2 (verify).
  { date: "2026-02-16", kind: "HOLIDAY", name: "Tết Nguyên đán Bính Ngọ (ngày cuối năm Ất Tỵ)" },
  { date: "2026-02-17", kind: "HOLIDAY", name: "Tết Nguyên đán Bính Ngọ (mùng 1)" },
  { date: "2026-02-18", kind: "HOLIDAY", name: "Tết Nguyên đán Bính Ngọ (mùng 2)" },
  { date: "2026-02-19", kind: "HOLIDAY", name: "Tết Nguyên đán Bính Ngọ (mùng 3)" },
  { date: "2026-02-20", kind: "HOLIDAY", name: "Tết Nguyên đán Bính Ngọ (mùng 4)" },
  // 10/3 lunar = Sunday 26/4/2026 (verify) → day off moved to Monday 27/4.
  { date: "2026-04-26", kind: "HOLIDAY", name: "Giỗ Tổ Hùng Vương (10/3 âm lịch)" },
  { date: "2026-04-27", kind: "HOLIDAY", name: "Nghỉ bù Giỗ Tổ Hùng Vương (trùng Chủ nhật)" },
  { date: "2026-04-30", kind: "HOLIDAY", name: "Ngày Chiến thắng (30/4)" },
  { date: "2026-05-01", kind: "HOLIDAY", name: "Ngày Quốc tế Lao động (1/5)" },
  // Quốc khánh: 2/9 is a Wednesday; the adjacent day chosen for 2026 is Tuesday 1/9 (verify).
  { date: "2026-09-01", kind: "HOLIDAY", name: "Quốc khánh (ngày liền kề)" },
  { date: "2026-09-02", kind: "HOLIDAY", name: "Quốc khánh (2/9)" },

  // ── 2027 ──
  { date: "2027-01-01", kind: "HOLIDAY", name: "Tết Dương lịch" },
  // Tết Đinh Mùi: mùng 1 = Saturday 6/2/2027. Usual block of one day before and four after
  // (verify); mùng 1 and mùng 2 fall on the weekend → two days off in lieu on 10–11/2.
  { date: "2027-02-05", kind: "HOLIDAY", name: "Tết Nguyên đán Đinh Mùi (ngày cuối năm Bính Ngọ)" },
  { date: "2027-02-06", kind: "HOLIDAY", name: "Tết Nguyên đán Đinh Mùi (mùng 1)" },
  { date: "2027-02-07", kind: "HOLIDAY", name: "Tết Nguyên đán Đinh Mùi (mùng 2)" },
  { date: "2027-02-08", kind: "HOLIDAY", name: "Tết Nguyên đán Đinh Mùi (mùng 3)" },
  { date: "2027-02-09", kind: "HOLIDAY", name: "Tết Nguyên đán Đinh Mùi (mùng 4)" },
  { date: "2027-02-10", kind: "HOLIDAY", name: "Nghỉ bù Tết Nguyên đán (mùng 1 trùng Thứ Bảy)" },
  { date: "2027-02-11", kind: "HOLIDAY", name: "Nghỉ bù Tết Nguyên đán (mùng 2 trùng Chủ nhật)" },
  // 10/3 lunar = Friday 16/4/2027 (verify).
  { date: "2027-04-16", kind: "HOLIDAY", name: "Giỗ Tổ Hùng Vương (10/3 âm lịch)" },
  { date: "2027-04-30", kind: "HOLIDAY", name: "Ngày Chiến thắng (30/4)" },
  { date: "2027-05-01", kind: "HOLIDAY", name: "Ngày Quốc tế Lao động (1/5)" },
  { date: "2027-05-03", kind: "HOLIDAY", name: "Nghỉ bù Ngày Quốc tế Lao động (trùng Thứ Bảy)" },
  // Quốc khánh: 2/9 is a Thursday; adjacent day Friday 3/9 (verify).
  { date: "2027-09-02", kind: "HOLIDAY", name: "Quốc khánh (2/9)" },
  { date: "2027-09-03", kind: "HOLIDAY", name: "Quốc khánh (ngày liền kề)" },
];
