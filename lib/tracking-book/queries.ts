import "server-only";
import { agencyIdsOf, type Actor } from "../auth/actor";
import { db } from "../db";
import { caseWorkScope } from "../dossiers/access";
import { dayNumberFromIsoDate, instantAt } from "../text/vietnam-time";
import type { DossierStatus } from "../generated/prisma/enums";
import type { TrackingRange } from "./schemas";

// The rows of the tracking book (Mẫu 06 of TT 01/2018/TT-VPCP): every dossier received in the
// date range by, or for, the actor's agencies. Staff only; a citizen's book is empty.

/** The hand-over to the competent agency's processing, for the "transferred" column. */
const TRANSFER_ACTIONS = ["START_PROCESSING", "ASSIGN"];
/** A book longer than this is split by the officer into shorter ranges. */
export const MAX_BOOK_ROWS = 5000;

export type TrackingRow = {
  code: string;
  procedure: string;
  applicant: string;
  address: string | null;
  agency: string;
  receivedAt: Date;
  dueAt: Date | null;
  transferredAt: Date | null;
  resultAt: Date | null;
  returnedAt: Date | null;
  status: DossierStatus;
};

/** Vietnam midnight at the start of `from` to the one after `to`. */
export function rangeInstants(range: TrackingRange) {
  return { gte: instantAt(dayNumberFromIsoDate(range.from), 0), lt: instantAt(dayNumberFromIsoDate(range.to) + 1, 0) };
}

export async function listTrackingBook(
  actor: Actor,
  range: TrackingRange,
): Promise<{ agencies: string[]; rows: TrackingRow[]; truncated: boolean }> {
  const agencyIds = agencyIdsOf(actor);
  const agencies = [
    ...new Set(actor.memberships.filter((m) => agencyIds.includes(m.agencyId)).map((m) => m.agencyName)),
  ];
  if (agencyIds.length === 0) return { agencies, rows: [], truncated: false };
  const found = await db.dossier.findMany({
    where: { AND: [{ code: { not: null }, receivedAt: rangeInstants(range) }, caseWorkScope(actor)] },
    orderBy: [{ receivedAt: "asc" }, { code: "asc" }],
    take: MAX_BOOK_ROWS + 1,
    select: {
      code: true,
      status: true,
      applicantName: true,
      applicantAddress: true,
      receivedAt: true,
      dueAt: true,
      finishedAt: true,
      returnedAt: true,
      outcome: true,
      procedure: { select: { name: true } },
      agency: { select: { name: true } },
      events: {
        where: { action: { in: TRANSFER_ACTIONS } },
        orderBy: { createdAt: "asc" },
        take: 1,
        select: { createdAt: true },
      },
    },
  });
  const rows = found.slice(0, MAX_BOOK_ROWS).map((d) => ({
    code: d.code!,
    procedure: d.procedure.name,
    applicant: d.applicantName,
    address: d.applicantAddress,
    agency: d.agency.name,
    receivedAt: d.receivedAt!,
    dueAt: d.dueAt,
    transferredAt: d.events[0]?.createdAt ?? null,
    // A withdrawn dossier is finished too, but without a result from the agency.
    resultAt: d.outcome ? d.finishedAt : null,
    returnedAt: d.returnedAt,
    status: d.status,
  }));
  return { agencies, rows, truncated: found.length > MAX_BOOK_ROWS };
}
