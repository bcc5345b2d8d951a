// Where a dossier is now, for the citizen: which agency and officer have it, since when, and
// how it stands against its legal deadline. Pure, so the rule is tested apart from the page.
import { classifyCompletion } from "../deadlines";
import type { CompletionClass } from "../deadlines/types";
import type { DossierStatus } from "../generated/prisma/enums";
import { FINAL_STATUSES, WORKFLOW } from "./workflow";

type Event = {
  createdAt: Date;
  /** The workflow action (lib/dossiers/workflow.ts) the event records. */
  action: string;
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

function byApplicant(action: string): boolean {
  const rule = action in WORKFLOW ? WORKFLOW[action as keyof typeof WORKFLOW] : null;
  return (rule?.roles as readonly string[] | undefined)?.includes("CITIZEN") ?? false;
}

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
  // Only a step the administration takes hands the dossier to an officer. The applicant's own
  // steps (submitting, answering a supplement) are recorded with the agency too, but name the
  // applicant as actor: "Cán bộ xử lý" must stay the officer who holds the dossier.
  const lastStaff = [...events].reverse().find((e) => e.agency && !byApplicant(e.action)) ?? null;
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
