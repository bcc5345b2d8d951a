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
