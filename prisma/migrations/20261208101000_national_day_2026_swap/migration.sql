-- The official 2026 Quốc khánh break (CV 12729/VPCP-KGVX of 25/12/2025, docs/domain.md §5):
-- Monday 31/8/2026 is a day off, swapped for Saturday 22/8/2026, a make-up working day. Databases
-- seeded before prisma/seed/data/calendar.ts listed the swap lack both rows, so their deadlines
-- around 31/8 are a day early. A date an administrator has already entered is left as it is.
INSERT INTO "CalendarDay" ("date", "kind", "name")
VALUES
  ('2026-08-22', 'MAKEUP_WORKDAY', 'Làm bù cho ngày nghỉ 31/08/2026'),
  ('2026-08-31', 'HOLIDAY', 'Nghỉ hoán đổi dịp Quốc khánh (làm bù Thứ Bảy 22/08/2026)')
ON CONFLICT ("date") DO NOTHING;
