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

/**
 * A code as typed: on a phone it comes lower-case, with spaces around or inside (auto-correct,
 * a copied line). Codes are upper-case (agency codes, QCVN 102:2016), so the typed text is
 * compared with every white space removed and upper-cased; the lookup, the staff search and
 * the inbox all read a code through this one function.
 */
export function normalizeCodeInput(typed: string): string {
  return typed.replace(/\s+/g, "").toUpperCase();
}

/** A whole code (normalised): <agency code>-<YYMMDD>-<NNNN or more>. */
export function isWholeCode(normalized: string): boolean {
  return /^[0-9A-Z.]+-\d{6}-\d{4,}$/.test(normalized);
}

/**
 * Part of a code an officer may type (normalised): the sequence "0001", the day and sequence
 * "261207-0001", the agency's beginning "000.21.01.H80". Digits alone, or digits, letters, dots
 * and dashes with at least one digit and one dot or dash: a name has neither (test data's
 * "Người Thứ 12" reads as a name), and a 12-digit ID number is tried first by the caller.
 */
export function isCodeFragment(normalized: string): boolean {
  if (/^\d+$/.test(normalized)) return true;
  return /^[0-9A-Z.-]+$/.test(normalized) && /\d/.test(normalized) && /[.-]/.test(normalized);
}

export async function nextDossierCode(tx: Tx, agency: { id: string; code: string }, at: Date): Promise<string> {
  const day = codeDay(at);
  const rows = await tx.$queryRaw<{ lastValue: number }[]>`
    INSERT INTO "DossierCodeCounter" ("agencyId", "day", "lastValue") VALUES (${agency.id}, ${day}, 1)
    ON CONFLICT ("agencyId", "day") DO UPDATE SET "lastValue" = "DossierCodeCounter"."lastValue" + 1
    RETURNING "lastValue"`;
  return formatDossierCode(agency.code, day, rows[0].lastValue);
}
