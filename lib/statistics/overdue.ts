import "server-only";
import { db } from "../db";
import { dayNumberFromIsoDate, instantAt } from "../text/vietnam-time";
import type { DossierStatus } from "../generated/prisma/enums";
import { handlerOf, SPECIALIST_ACTIONS } from "./completion-sql";
import type { Period } from "./period";

// The overdue lists of a leader's report, read live (they are short and scoped to one agency,
// through the indexes on agencyId/status/dueAt and finishedAt): dossiers still open past their
// deadline now, and results decided late in the period, each with the reason the agency gave
// in its apology and new date (Mẫu 04, NĐ 61/2018 Art. 19 as replaced by NĐ 118/2025).

/** Statuses in which the legal time runs (lib/dossiers/position.ts counts the same ones overdue). */
const OPEN: DossierStatus[] = ["RECEIVED", "PROCESSING", "SUPPLEMENT_REQUESTED", "AWAITING_PAYMENT"];
export const OVERDUE_LIMIT = 500;

export type OverdueRow = {
  id: string;
  code: string | null;
  procedure: string;
  applicant: string;
  assignee: string | null;
  receivedAt: Date | null;
  dueAt: Date;
  finishedAt: Date | null;
  reason: string | null;
};

const select = {
  id: true,
  code: true,
  applicantName: true,
  receivedAt: true,
  dueAt: true,
  finishedAt: true,
  procedure: { select: { name: true } },
  assigneeId: true,
  assignee: { select: { fullName: true } },
  // The specialist's steps, for the officer who handled it (completion-sql.ts handlerOf).
  events: {
    where: { action: { in: SPECIALIST_ACTIONS } },
    select: { action: true, actorId: true, createdAt: true, actor: { select: { fullName: true } } },
  },
  reappointment: { select: { reason: true, state: true } },
} as const;

type Loaded = {
  id: string;
  code: string | null;
  applicantName: string;
  receivedAt: Date | null;
  dueAt: Date | null;
  finishedAt: Date | null;
  procedure: { name: string };
  assigneeId: string | null;
  assignee: { fullName: string } | null;
  events: { action: string; actorId: string | null; createdAt: Date; actor: { fullName: string } | null }[];
  reappointment: { reason: string; state: string } | null;
};

/** The name of the officer who handled the dossier, by the same rule as the summary's officer key. */
function handlerName(d: Loaded): string | null {
  const id = handlerOf(d);
  if (!id) return null;
  if (id === d.assigneeId) return d.assignee?.fullName ?? null;
  return d.events.find((e) => e.actorId === id)?.actor?.fullName ?? null;
}

const toRow = (d: Loaded): OverdueRow => ({
  id: d.id,
  code: d.code,
  procedure: d.procedure.name,
  applicant: d.applicantName,
  assignee: handlerName(d),
  receivedAt: d.receivedAt,
  dueAt: d.dueAt!,
  finishedAt: d.finishedAt,
  reason: d.reappointment?.state === "ISSUED" ? d.reappointment.reason : null,
});

export async function overdueLists(agencyId: string, period: Period, now = new Date()) {
  const [open, late] = await Promise.all([
    db.dossier.findMany({
      where: { agencyId, status: { in: OPEN }, dueAt: { lt: now } },
      select,
      orderBy: { dueAt: "asc" },
      take: OVERDUE_LIMIT,
    }),
    db.dossier.findMany({
      where: {
        agencyId,
        completion: "LATE",
        status: { in: ["RESOLVED", "RETURNED"] },
        finishedAt: {
          gte: instantAt(dayNumberFromIsoDate(period.from), 0),
          lt: instantAt(dayNumberFromIsoDate(period.to) + 1, 0),
        },
      },
      select,
      orderBy: { finishedAt: "asc" },
      take: OVERDUE_LIMIT,
    }),
  ]);
  return { open: open.map(toRow), late: late.map(toRow) };
}
