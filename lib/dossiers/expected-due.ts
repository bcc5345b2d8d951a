import "server-only";
import { db } from "../db";
import { computeDueAt, processingTimeFor, receptionClockStart, type ChannelTiming } from "../deadlines";
import { loadWorkingCalendar } from "../deadlines/load-calendar";
import type { Channel } from "../generated/prisma/enums";
import { completedBeforeReceptionAt } from "./completed-before-reception";

/** What expectedDueAt needs of the procedure, to select with the dossier (saves a statement). */
export const PROCEDURE_TIMINGS = { select: { channel: true, amount: true, unit: true } } as const;

/**
 * The due date the law gives a dossier filed through a channel: what the citizen can expect
 * before the counter confirms it on the receipt (Mẫu 01). Online filings outside office hours
 * count from the next working day; a dossier completed after a request to supplement at the
 * reception check counts from its completion. `timings` are the procedure's (PROCEDURE_TIMINGS).
 */
export async function expectedDueAt(
  timings: readonly ChannelTiming[],
  channel: Channel,
  filedAt: Date,
  /** The filed dossier, whose supplement at the reception check may have completed it; null for a preview. */
  dossierId: string | null,
): Promise<Date | null> {
  const timing = processingTimeFor(timings, channel);
  if (!timing) return null;
  const [calendar, completed] = await Promise.all([
    loadWorkingCalendar(db),
    dossierId ? completedBeforeReceptionAt(db, dossierId) : null,
  ]);
  const start = receptionClockStart(
    { channel, receivedAt: filedAt, filedAt, postalHandoverAt: null, completedBeforeReceptionAt: completed },
    calendar,
  );
  return computeDueAt(start, timing, calendar);
}
