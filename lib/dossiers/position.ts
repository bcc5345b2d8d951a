// Where a dossier is now, for the citizen: which agency and officer have it, since when, and
// how it stands against its legal deadline. Pure, so the rule is tested apart from the page.
import { classifyCompletion } from "../deadlines";
import type { CompletionClass } from "../deadlines/types";
import type { DossierStatus } from "../generated/prisma/enums";
import { FINAL_STATUSES } from "./workflow";

type Event = {
  createdAt: Date;
  toStatus: DossierStatus;
  actor: { fullName: string } | null;
  agency: { name: string } | null;
};

export type Position = {
  agency: string | null;
  officer: string | null;
  since: Date | null;
  dueAt: Date | null;
  /** For a finished dossier: early, on time or late against the due date. */
  completion: CompletionClass | null;
  overdue: boolean;
};

export function dossierPosition(
  d: {
    status: DossierStatus;
    dueAt: Date | null;
    finishedAt: Date | null;
    agency: { name: string };
    assignee?: { fullName: string } | null;
  },
  events: Event[],
  now = new Date(),
): Position {
  const last = events.at(-1) ?? null;
  const lastStaff = [...events].reverse().find((e) => e.agency) ?? null;
  const finished = d.finishedAt && d.dueAt ? classifyCompletion(d.finishedAt, d.dueAt) : null;
  return {
    agency:
      d.status === "SUBMITTED" || d.status === "DRAFT" ? d.agency.name : (lastStaff?.agency?.name ?? d.agency.name),
    officer: d.assignee?.fullName ?? lastStaff?.actor?.fullName ?? null,
    since: last?.createdAt ?? null,
    dueAt: d.dueAt,
    completion: finished,
    overdue: !finished && !FINAL_STATUSES.includes(d.status) && d.status !== "RESOLVED" && !!d.dueAt && d.dueAt < now,
  };
}
