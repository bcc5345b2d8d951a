import "server-only";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { Period } from "./period";
import type { Sums } from "./figures";

// Reads of the monthly summary only (never the dossiers): the counts of a period (whole months,
// period.ts), for the province or some agencies, in total or per agency, procedure, officer or month.

export type GroupBy = "all" | "agency" | "procedure" | "officer" | "month";
const KEY: Record<GroupBy, Prisma.Sql> = {
  all: Prisma.sql`''`,
  agency: Prisma.sql`s."agencyId"`,
  procedure: Prisma.sql`s."procedureId"`,
  officer: Prisma.sql`s."assigneeId"`,
  month: Prisma.sql`to_char(s."month", 'YYYY-MM')`,
};

type Row = Omit<Sums, "indicatorSums"> & { key: string; indicatorSums: number[] | null };

export async function sumsBy(period: Period, groupBy: GroupBy, agencyIds?: string[]): Promise<Map<string, Sums>> {
  const scope = agencyIds ? Prisma.sql`AND s."agencyId" = ANY(${agencyIds})` : Prisma.empty;
  const rows = await db.$queryRaw<Row[]>`
    SELECT ${KEY[groupBy]} AS key,
      COALESCE(SUM(s."received"), 0)::int AS "received",
      COALESCE(SUM(s."received") FILTER (WHERE s."channel" = 'ONLINE'), 0)::int AS "receivedOnline",
      COALESCE(SUM(s."received") FILTER (WHERE s."channel" = 'POSTAL'), 0)::int AS "receivedPostal",
      COALESCE(SUM(s."received") FILTER (WHERE s."channel" = 'COUNTER'), 0)::int AS "receivedCounter",
      COALESCE(SUM(s."received") FILTER (WHERE p."serviceLevel" = 'FULL_ONLINE'), 0)::int AS "fullOnlineReceived",
      COALESCE(SUM(s."received") FILTER (WHERE p."serviceLevel" = 'FULL_ONLINE' AND s."channel" = 'ONLINE'), 0)::int AS "fullOnlineReceivedOnline",
      COALESCE(SUM(s."receivedDigital"), 0)::int AS "receivedDigital",
      COALESCE(SUM(s."resolved"), 0)::int AS "resolved", COALESCE(SUM(s."early"), 0)::int AS "early",
      COALESCE(SUM(s."onTime"), 0)::int AS "onTime", COALESCE(SUM(s."late"), 0)::int AS "late",
      COALESCE(SUM(s."lateApologised"), 0)::int AS "lateApologised", COALESCE(SUM(s."electronicResult"), 0)::int AS "electronicResult",
      COALESCE(SUM(s."timed"), 0)::int AS "timed", COALESCE(SUM(s."elapsedHours"), 0)::float8 AS "elapsedHours", COALESCE(SUM(s."legalHours"), 0)::float8 AS "legalHours",
      COALESCE(SUM(s."paid"), 0)::int AS "paid", COALESCE(SUM(s."paidOnline"), 0)::int AS "paidOnline",
      COALESCE(SUM(s."ratings"), 0)::int AS "ratings", COALESCE(SUM(s."ratingTotal"), 0)::int AS "ratingTotal", COALESCE(SUM(s."satisfied"), 0)::int AS "satisfied",
      ARRAY[${Prisma.join([1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => Prisma.sql`COALESCE(SUM(s."indicatorSums"[${Prisma.raw(String(i))}]), 0)::int`))}] AS "indicatorSums",
      COALESCE(SUM(s."feedback"), 0)::int AS "feedback", COALESCE(SUM(s."feedbackAnswered"), 0)::int AS "feedbackAnswered"
    FROM "StatMonthly" s JOIN "Procedure" p ON p."id" = s."procedureId"
    WHERE s."month" >= ${period.from}::date AND s."month" <= ${period.to}::date ${scope}
    GROUP BY 1`;
  return new Map(rows.map(({ key, ...r }) => [key, { ...r, indicatorSums: r.indicatorSums ?? Array(9).fill(0) }]));
}
