import "server-only";
import type { Db, Tx } from "../db/create-client";
import { createWorkingCalendar, type WorkingCalendar } from "./working-calendar";

/**
 * The working calendar from the administrators' holiday table (CalendarDay). Read afresh on every
 * call, deliberately without a cache (a few dozen rows a year): a holiday an administrator adds
 * applies at once to every deadline computed afterwards (lib/admin/commands/save-calendar-day.ts).
 */
export async function loadWorkingCalendar(client: Db | Tx): Promise<WorkingCalendar> {
  const rows = await client.calendarDay.findMany({ select: { date: true, kind: true, name: true } });
  return createWorkingCalendar(
    rows.map((r) => ({ date: r.date.toISOString().slice(0, 10), kind: r.kind, name: r.name })),
  );
}
