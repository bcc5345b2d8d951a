import "server-only";
import { db } from "../db";
import { computeDueAt, effectiveReceptionTime } from "../deadlines";
import { loadWorkingCalendar } from "../deadlines/load-calendar";
import type { Channel } from "../generated/prisma/enums";

/**
 * The due date the law gives a dossier filed now through a channel: what the citizen can expect
 * before the counter confirms it on the receipt (Mẫu 01). Online filings outside office hours
 * count from the next working day.
 */
export async function expectedDueAt(procedureCode: string, channel: Channel, filedAt: Date): Promise<Date | null> {
  const procedure = await db.procedure.findUnique({ where: { code: procedureCode }, select: { timings: { select: { channel: true, amount: true, unit: true } } } });
  const timing = procedure?.timings.find((t) => t.channel === channel) ?? procedure?.timings[0];
  if (!timing) return null;
  const calendar = await loadWorkingCalendar(db);
  const received = channel === "ONLINE" ? effectiveReceptionTime(filedAt, calendar) : filedAt;
  return computeDueAt(received, { amount: timing.amount, unit: timing.unit }, calendar);
}
