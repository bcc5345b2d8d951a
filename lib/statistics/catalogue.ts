import "server-only";
import { db } from "../db";
import type { CatalogueCounts } from "./figures";

// The catalogue side of the figures (a few hundred rows, read live): per agency, the published
// procedures it is competent for, how many are offered toàn trình and how many are published in
// full (at least one document component and a processing time, NĐ 63/2010 Art. 8 as amended).

type Row = { agencyId: string; procedures: number; fullOnline: number; complete: number };

export async function catalogueByAgency(): Promise<{
  byAgency: Map<string, CatalogueCounts>;
  province: CatalogueCounts;
}> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT pa."agencyId", COUNT(*)::int AS procedures,
      COUNT(*) FILTER (WHERE p."serviceLevel" = 'FULL_ONLINE')::int AS "fullOnline",
      COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM "DocumentComponent" c WHERE c."procedureId" = p."id")
                         AND EXISTS (SELECT 1 FROM "ProcedureTiming" t WHERE t."procedureId" = p."id"))::int AS complete
    FROM "ProcedureAgency" pa JOIN "Procedure" p ON p."id" = pa."procedureId" AND p."published"
    GROUP BY pa."agencyId"`;
  const [province] = await db.$queryRaw<CatalogueCounts[]>`
    SELECT COUNT(*)::int AS procedures, COUNT(*) FILTER (WHERE p."serviceLevel" = 'FULL_ONLINE')::int AS "fullOnline",
      COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM "DocumentComponent" c WHERE c."procedureId" = p."id")
                         AND EXISTS (SELECT 1 FROM "ProcedureTiming" t WHERE t."procedureId" = p."id"))::int AS complete
    FROM "Procedure" p WHERE p."published"`;
  return { byAgency: new Map(rows.map(({ agencyId, ...c }) => [agencyId, c])), province };
}

export const NO_PROCEDURES: CatalogueCounts = { procedures: 0, fullOnline: 0, complete: 0 };
