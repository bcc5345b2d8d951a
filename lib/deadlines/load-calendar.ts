import "server-only";
import type { Db, Tx } from "../db/create-client";
import { calendarFromRows } from "./calendar-rows";
import type { WorkingCalendar } from "./working-calendar";

/**
 * The working calendar from the administrators' holiday table (CalendarDay). Read afresh on every
 * call, deliberately without a cache (a few dozen rows a year): a holiday an administrator adds
 * applies at once to every deadline computed afterwards (lib/admin/commands/save-calendar-day.ts).
 */
export async function loadWorkingCalendar(client: Db | Tx): Promise<WorkingCalendar> {
  return calendarFromRows(await client.calendarDay.findMany({ select: { date: true, kind: true, name: true } }));
}
