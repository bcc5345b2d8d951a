import "server-only";
import type { Db, Tx } from "../db/create-client";
import { createWorkingCalendar, type WorkingCalendar } from "./working-calendar";

/** The working calendar from the administrators' holiday table (CalendarDay). */
export async function loadWorkingCalendar(client: Db | Tx): Promise<WorkingCalendar> {
  const rows = await client.calendarDay.findMany({ select: { date: true, kind: true, name: true } });
  return createWorkingCalendar(rows.map((r) => ({ date: r.date.toISOString().slice(0, 10), kind: r.kind, name: r.name })));
}
