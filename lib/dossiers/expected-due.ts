import "server-only";
import { db } from "../db";
import { computeDueAt, effectiveReceptionTime, processingTimeFor, type ChannelTiming } from "../deadlines";
import { loadWorkingCalendar } from "../deadlines/load-calendar";
import type { Channel } from "../generated/prisma/enums";

/** What expectedDueAt needs of the procedure, to select with the dossier (saves a statement). */
export const PROCEDURE_TIMINGS = { select: { channel: true, amount: true, unit: true } } as const;

/**
 * The due date the law gives a dossier filed now through a channel: what the citizen can expect
 * before the counter confirms it on the receipt (Mẫu 01). Online filings outside office hours
 * count from the next working day. `timings` are the procedure's (PROCEDURE_TIMINGS).
 */
export async function expectedDueAt(
  timings: readonly ChannelTiming[],
  channel: Channel,
  filedAt: Date,
): Promise<Date | null> {
  const timing = processingTimeFor(timings, channel);
  if (!timing) return null;
  const calendar = await loadWorkingCalendar(db);
  const received = channel === "ONLINE" ? effectiveReceptionTime(filedAt, calendar) : filedAt;
  return computeDueAt(received, timing, calendar);
}
