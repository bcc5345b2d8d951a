import "server-only";
import { db } from "../db";
import type { Tx } from "../db/create-client";
import { dayNumberFromIsoDate, instantAt, MS_PER_DAY } from "../text/vietnam-time";
import { INDICATOR_CODES } from "../ratings/indicators";
import { COMPLETION_SQL, HANDLER_SQL, PROCESSING_HOURS_SQL, RESOLVED_STATUSES_SQL } from "./completion-sql";

// Keeps StatDaily (one row per day × agency × procedure × channel × officer) and its monthly
// roll-up StatMonthly (what the pages read) up to date, so no statistics request ever scans the
// dossiers. Each run finds the days touched since the last
// run (dossiers by updatedAt, ratings and feedback by their dates) and rebuilds those days
// whole, in one transaction per day: recomputing is idempotent, so overlapping runs and the
// safety margin below can only repeat work, never count twice.

const REFRESH_ID = "stat-daily";
/** Re-read what changed a little before the last run: a transaction may commit after its updatedAt. */
const OVERLAP_MS = 10 * 60_000;
/** A full rebuild at least daily also catches a dossier whose dates moved off a day. */
const FULL_REBUILD_MS = MS_PER_DAY;
const VN = `INTERVAL '7 hours'`;
const SATISFIED_MIN_TOTAL = 12; // docs/statistics.md: "Tốt" or better on the Art. 13 scale

const scoreCols = INDICATOR_CODES.map((c, i) => `COALESCE((r."scores"->>'${c}')::int, 0) AS s${i + 1}`).join(", ");
const zeroScores = INDICATOR_CODES.map((_, i) => `0 AS s${i + 1}`).join(", ");
const sumScores = `ARRAY[${INDICATOR_CODES.map((_, i) => `SUM(s${i + 1})`).join(", ")}]::int[]`;
// The officer key is the officer who handled the dossier (completion-sql.ts handlerOf), not only its assignee.
const keys = `d."agencyId", d."procedureId", d."channel", ${HANDLER_SQL}`;
const day = (col: string) => `(${col} + ${VN})::date`;

/** The grouped rows of every dossier, rating and feedback dated in [$1, $2), as StatDaily rows. */
const REBUILD_SQL = `
INSERT INTO "StatDaily" ("day", "agencyId", "procedureId", "channel", "assigneeId", "received", "receivedDigital", "resolved", "early", "onTime", "late",
  "lateApologised", "electronicResult", "timed", "elapsedHours", "legalHours", "paid", "paidOnline", "ratings", "ratingTotal", "satisfied", "indicatorSums", "feedback", "feedbackAnswered")
SELECT day, a, p, c, o, SUM(received), SUM(digital), SUM(resolved), SUM(early), SUM(on_time), SUM(late), SUM(apologised), SUM(eresult), SUM(timed),
  SUM(elapsed), SUM(legal), SUM(paid), SUM(paid_online), SUM(ratings), SUM(rating_total), SUM(satisfied), ${sumScores}, SUM(feedback), SUM(answered)
FROM (
  SELECT ${day(`d."receivedAt"`)} AS day, ${keys} AS k, 1 AS received,
    (EXISTS (SELECT 1 FROM "Attachment" f WHERE f."dossierId" = d."id" AND f."kind" = 'APPLICATION'))::int AS digital,
    0 AS resolved, 0 AS early, 0 AS on_time, 0 AS late, 0 AS apologised, 0 AS eresult, 0 AS timed, 0::float8 AS elapsed, 0::float8 AS legal, 0 AS paid, 0 AS paid_online,
    0 AS ratings, 0 AS rating_total, 0 AS satisfied, ${zeroScores}, 0 AS feedback, 0 AS answered
  FROM "Dossier" d WHERE d."receivedAt" >= $1 AND d."receivedAt" < $2
  UNION ALL
  SELECT ${day(`d."finishedAt"`)}, ${keys}, 0, 0, 1,
    (d."completion" = 'EARLY')::int, (d."completion" = 'ON_TIME')::int, (d."completion" = 'LATE')::int,
    (d."completion" = 'LATE' AND EXISTS (SELECT 1 FROM "Reappointment" x WHERE x."dossierId" = d."id" AND x."state" = 'ISSUED'))::int,
    (EXISTS (SELECT 1 FROM "Attachment" f WHERE f."dossierId" = d."id" AND f."kind" = 'RESULT'))::int,
    (d."receivedAt" IS NOT NULL AND d."dueAt" IS NOT NULL)::int,
    CASE WHEN d."receivedAt" IS NOT NULL AND d."dueAt" IS NOT NULL THEN ${PROCESSING_HOURS_SQL} ELSE 0 END,
    CASE WHEN d."receivedAt" IS NOT NULL AND d."dueAt" IS NOT NULL THEN EXTRACT(EPOCH FROM d."dueAt" - d."receivedAt") / 3600 ELSE 0 END,
    (EXISTS (SELECT 1 FROM "Bill" b WHERE b."dossierId" = d."id" AND b."state" <> 'UNPAID'))::int,
    (EXISTS (SELECT 1 FROM "Bill" b JOIN "Payment" y ON y."billId" = b."id" WHERE b."dossierId" = d."id" AND y."method" = 'ONLINE' AND y."state" = 'SUCCEEDED'))::int,
    0, 0, 0, ${zeroScores}, 0, 0
  FROM "Dossier" d WHERE d."status" IN ${RESOLVED_STATUSES_SQL} AND d."finishedAt" >= $1 AND d."finishedAt" < $2
  UNION ALL
  SELECT ${day(`r."createdAt"`)}, ${keys}, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1, r."total", (r."total" >= ${SATISFIED_MIN_TOTAL})::int, ${scoreCols}, 0, 0
  FROM "DossierRating" r JOIN "Dossier" d ON d."id" = r."dossierId" WHERE r."createdAt" >= $1 AND r."createdAt" < $2
  UNION ALL
  SELECT ${day(`b."createdAt"`)}, ${keys}, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ${zeroScores}, 1, (b."state" = 'ANSWERED')::int
  FROM "Feedback" b JOIN "Dossier" d ON d."id" = b."dossierId" WHERE b."createdAt" >= $1 AND b."createdAt" < $2
) AS x(day, a, p, c, o, received, digital, resolved, early, on_time, late, apologised, eresult, timed, elapsed, legal, paid, paid_online, ratings, rating_total, satisfied, ${INDICATOR_CODES.map((_, i) => `s${i + 1}`).join(", ")}, feedback, answered)
GROUP BY day, a, p, c, o`;

const COUNTERS = [
  "received",
  "receivedDigital",
  "resolved",
  "early",
  "onTime",
  "late",
  "lateApologised",
  "electronicResult",
  "timed",
  "elapsedHours",
  "legalHours",
  "paid",
  "paidOnline",
  "ratings",
  "ratingTotal",
  "satisfied",
  "feedback",
  "feedbackAnswered",
].map((c) => `"${c}"`);
/** StatDaily rolled up into StatMonthly for the months [$1, $2) (first days of months). */
const ROLLUP_SQL = `
INSERT INTO "StatMonthly" ("month", "agencyId", "procedureId", "channel", "assigneeId", ${COUNTERS.join(", ")}, "indicatorSums")
SELECT date_trunc('month', "day")::date, "agencyId", "procedureId", "channel", "assigneeId", ${COUNTERS.map((c) => `SUM(${c})`).join(", ")},
  ARRAY[${INDICATOR_CODES.map((_, i) => `SUM("indicatorSums"[${i + 1}])`).join(", ")}]::int[]
FROM "StatDaily" WHERE "day" >= $1::date AND "day" < $2::date
GROUP BY 1, 2, 3, 4, 5`;

async function rollUpMonths(tx: Tx, from: string, toExclusive: string) {
  await tx.$executeRawUnsafe(
    `DELETE FROM "StatMonthly" WHERE "month" >= $1::date AND "month" < $2::date`,
    from,
    toExclusive,
  );
  await tx.$executeRawUnsafe(ROLLUP_SQL, from, toExclusive);
}

/** "YYYY-MM-01" of a day, and of the month after it. */
const monthOf = (day: string) => `${day.slice(0, 7)}-01`;
const nextMonth = (month: string) => {
  const [y, m] = month.split("-").map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
};

/** Serialises refreshes across server processes for the length of one transaction. */
const lock = (tx: Tx) => tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext('${REFRESH_ID}'))`);

/** Classifies finished results that were stored without a class (same rule as the deadline module). */
async function classifyMissing(tx: Tx, since: Date | null) {
  await tx.$executeRawUnsafe(
    `UPDATE "Dossier" SET "completion" = ${COMPLETION_SQL}
     WHERE "completion" IS NULL AND "status" IN ${RESOLVED_STATUSES_SQL} AND "finishedAt" IS NOT NULL AND "dueAt" IS NOT NULL${since ? ` AND "updatedAt" >= $1` : ""}`,
    ...(since ? [since] : []),
  );
}

/** Rebuilds the days from..to (inclusive, YYYY-MM-DD in Vietnam) in one transaction. */
async function rebuildRange(tx: Tx, from: string, to: string) {
  const start = instantAt(dayNumberFromIsoDate(from), 0);
  const end = instantAt(dayNumberFromIsoDate(to) + 1, 0);
  await tx.$executeRawUnsafe(`DELETE FROM "StatDaily" WHERE "day" >= $1::date AND "day" <= $2::date`, from, to);
  await tx.$executeRawUnsafe(REBUILD_SQL, start, end);
}

/** The days (Vietnam) whose figures may have changed since `since`. */
async function touchedDays(since: Date): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ day: string }[]>(
    `SELECT to_char(day, 'YYYY-MM-DD') AS day FROM (SELECT ${day(`"receivedAt"`)} AS day FROM "Dossier" WHERE "updatedAt" >= $1 AND "receivedAt" IS NOT NULL
     UNION SELECT ${day(`"finishedAt"`)} FROM "Dossier" WHERE "updatedAt" >= $1 AND "finishedAt" IS NOT NULL
     UNION SELECT ${day(`"createdAt"`)} FROM "DossierRating" WHERE "createdAt" >= $1
     UNION SELECT ${day(`"createdAt"`)} FROM "Feedback" WHERE "createdAt" >= $1 OR "repliedAt" >= $1) AS touched
     ORDER BY 1`,
    since,
  );
  return rows.map((r) => r.day);
}

/** Rebuilds every day: the first run, and once a day. */
export async function rebuildAllStatistics(now = new Date()) {
  await db.$transaction(
    async (tx) => {
      await lock(tx);
      await classifyMissing(tx, null);
      await tx.$executeRawUnsafe(`DELETE FROM "StatDaily"`);
      await tx.$executeRawUnsafe(REBUILD_SQL, new Date(0), new Date("2200-01-01T00:00:00Z"));
      await rollUpMonths(tx, "1970-01-01", "2200-01-01");
      await tx.statRefresh.upsert({
        where: { id: REFRESH_ID },
        create: { id: REFRESH_ID, watermark: now, refreshedAt: now, fullRebuiltAt: now },
        update: { watermark: now, refreshedAt: now, fullRebuiltAt: now },
      });
    },
    { timeout: 600_000 },
  );
  return { full: true, days: null };
}

/**
 * Brings the summary up to date: the days touched since the last run (less the overlap), or
 * everything when there was no run yet or the last full rebuild is a day old.
 */
export async function refreshStatistics(now = new Date()): Promise<{ full: boolean; days: string[] | null }> {
  const state = await db.statRefresh.findUnique({ where: { id: REFRESH_ID } });
  if (!state || now.getTime() - state.fullRebuiltAt.getTime() >= FULL_REBUILD_MS) return rebuildAllStatistics(now);
  const since = new Date(state.watermark.getTime() - OVERLAP_MS);
  const days = await touchedDays(since);
  await db.$transaction(async (tx) => {
    await lock(tx);
    await classifyMissing(tx, since);
  });
  // One transaction per month: its touched days, then its roll-up, so readers never see a month
  // whose StatMonthly disagrees with its days.
  for (const month of [...new Set(days.map(monthOf))]) {
    await db.$transaction(async (tx) => {
      await lock(tx);
      for (const d of days.filter((x) => monthOf(x) === month)) await rebuildRange(tx, d, d);
      await rollUpMonths(tx, month, nextMonth(month));
    });
  }
  await db.statRefresh.update({ where: { id: REFRESH_ID }, data: { watermark: now, refreshedAt: now } });
  return { full: false, days };
}

/** When the figures were last brought up to date, for the pages ("số liệu đến …"). */
export async function lastRefreshedAt(): Promise<Date | null> {
  return (
    (await db.statRefresh.findUnique({ where: { id: REFRESH_ID }, select: { refreshedAt: true } }))?.refreshedAt ?? null
  );
}
