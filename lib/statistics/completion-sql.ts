// The definitions the figures share with the legal forms, in SQL for the summary (refresh.ts) and
// in TypeScript for what is read live (overdue.ts) and for the tests that hold the two together.
// Pure: no database here.
//
// Reception time is Dossier.receivedAt, the time written on Mẫu 01 and in the tracking book:
// the effective reception (lib/deadlines/effective-reception-time.ts; an online filing after
// hours counts from 07:00 of the next working day). Result time is Dossier.finishedAt, the
// "ngày có kết quả" of the tracking book (lib/tracking-book/queries.ts resultAt).

// The classification of lib/deadlines/classify-completion.ts in SQL, for rows that were written
// without it (the backfill of the migration, imported or generated dossiers): LATE after dueAt,
// EARLY when finished on an earlier date in Vietnam (UTC+7 all year), otherwise ON_TIME.
// Timestamps are stored in UTC without a zone. A test checks it against classifyCompletion.
export const COMPLETION_SQL = `(CASE
  WHEN "finishedAt" > "dueAt" THEN 'LATE'
  WHEN ("finishedAt" + INTERVAL '7 hours')::date < ("dueAt" + INTERVAL '7 hours')::date THEN 'EARLY'
  ELSE 'ON_TIME' END)::"CompletionClass"`;

/** Results decided (approved or refused after review) are the ones counted as resolved. */
export const RESOLVED_STATUSES_SQL = `('RESOLVED', 'RETURNED')`;

const HOUR_MS = 3_600_000;

/**
 * The processing time of a result, in hours: from the reception time to the result time, and
 * never below zero. The legal time runs from the complete reception (NĐ 118/2025 Art. 17(3)), and
 * an online filing after hours is received only at the next office opening; an agency that
 * decides before that moment (filed 18:00, result 19:00 the same evening, reception 07:00 the
 * next morning) used none of its processing time, so the result counts as taking zero time,
 * not as a negative time that would pull every average below what anyone waited.
 */
export function processingHours(receivedAt: Date, resultAt: Date): number {
  return Math.max(0, resultAt.getTime() - receivedAt.getTime()) / HOUR_MS;
}

/** processingHours in SQL, over a dossier aliased `d` (the summary's rebuild). */
export const PROCESSING_HOURS_SQL = `GREATEST(EXTRACT(EPOCH FROM d."finishedAt" - d."receivedAt"), 0) / 3600`;

/**
 * The specialist's own steps in the workflow (lib/dossiers/workflow.ts: only the SPECIALIST role
 * of the dossier's agency may take them).
 */
export const SPECIALIST_ACTIONS = [
  "PROPOSE_RESULT",
  "RECORD_VERIFICATION",
  "REQUEST_OPINION",
  "REQUEST_SUPPLEMENT_IN_PROCESSING",
];

/**
 * The officer who handled a dossier (cán bộ xử lý, the "by officer" lines of the report and the
 * overdue lists): the specialist who processed it, i.e.
 * 1. the specialist who proposed the result the leader decided on (the latest PROPOSE_RESULT:
 *    whoever examined the dossier and drafted its result, docs/domain.md §5.4), else
 * 2. the specialist the head assigned (Dossier.assigneeId, set by ASSIGN or by a specialist's
 *    START_PROCESSING), else
 * 3. the specialist who last took one of the specialist's own steps (verification, opinion,
 *    supplement request) on it.
 * A dossier none of this applies to (received, no specialist yet) has no handler: "Chưa phân công".
 * The assignee alone is not enough: a dossier a leader starts and a specialist then proposes
 * has no assignee, yet it was handled.
 */
export function handlerOf(d: {
  assigneeId: string | null;
  /** The dossier's events of SPECIALIST_ACTIONS, any order. */
  events: { action: string; actorId: string | null; createdAt: Date }[];
}): string | null {
  const latest = (actions: string[]) =>
    d.events
      .filter((e) => e.actorId && actions.includes(e.action))
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0]?.actorId ?? null;
  return latest(["PROPOSE_RESULT"]) ?? d.assigneeId ?? latest(SPECIALIST_ACTIONS.slice(1));
}

const latestActorSql = (actions: string[]) =>
  `(SELECT e."actorId" FROM "DossierEvent" e WHERE e."dossierId" = d."id" AND e."actorId" IS NOT NULL AND e."action" IN (${actions.map((a) => `'${a}'`).join(", ")}) ORDER BY e."createdAt" DESC, e."id" DESC LIMIT 1)`;

/** handlerOf in SQL over a dossier aliased `d`; '' when nobody handled it (the summary's key). */
export const HANDLER_SQL = `COALESCE(${latestActorSql(["PROPOSE_RESULT"])}, d."assigneeId", ${latestActorSql(SPECIALIST_ACTIONS.slice(1))}, '')`;
