// The holiday table's rows (CalendarDay) as the database returns them, turned into the working
// calendar: the one conversion, used by loadWorkingCalendar and by the tests of the seeded table.
import type { CalendarDayKind } from "./types";
import { createWorkingCalendar, type WorkingCalendar } from "./working-calendar";

/** A CalendarDay row: `date` is a PostgreSQL DATE, which Prisma reads as midnight UTC of that date. */
export interface CalendarDayRow {
  date: Date;
  kind: CalendarDayKind;
  name: string;
}

export function calendarFromRows(rows: readonly CalendarDayRow[]): WorkingCalendar {
  return createWorkingCalendar(
    rows.map((r) => ({ date: r.date.toISOString().slice(0, 10), kind: r.kind, name: r.name })),
  );
}
