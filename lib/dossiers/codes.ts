import "server-only";
import type { Tx } from "../db/create-client";
import { compactDate } from "../text/vietnam-time";

// Dossier code (mã hồ sơ), TT 01/2018/TT-VPCP Art. 19: <agency code>-<YYMMDD>-<NNNN>, NNNN a
// sequence per receiving agency per day. The counter row is incremented by one atomic upsert,
// so concurrent submissions serialise on that row and never share a number.

/** The YYMMDD of a code: the date in Vietnam. */
export const codeDay = compactDate;

export function formatDossierCode(agencyCode: string, day: string, sequence: number): string {
  return `${agencyCode}-${day}-${String(sequence).padStart(4, "0")}`;
}

export async function nextDossierCode(tx: Tx, agency: { id: string; code: string }, at: Date): Promise<string> {
  const day = codeDay(at);
  const rows = await tx.$queryRaw<{ lastValue: number }[]>`
    INSERT INTO "DossierCodeCounter" ("agencyId", "day", "lastValue") VALUES (${agency.id}, ${day}, 1)
    ON CONFLICT ("agencyId", "day") DO UPDATE SET "lastValue" = "DossierCodeCounter"."lastValue" + 1
    RETURNING "lastValue"`;
  return formatDossierCode(agency.code, day, rows[0].lastValue);
}
