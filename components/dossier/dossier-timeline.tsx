import type { DossierDetail } from "@/lib/dossiers/queries";
import { vi, type Dictionary } from "@/lib/i18n/vi";
import { WORKFLOW, type WorkflowAction } from "@/lib/dossiers/workflow";
import { formatDateTime } from "@/components/ui/format";

function actionLabel(action: string, labels: Record<WorkflowAction, string>) {
  return action in WORKFLOW ? labels[action as WorkflowAction] : action;
}

/** Steps whose notes are the administration's internal working (instructions, drafts, opinions). */
const INTERNAL_NOTES = new Set([
  "ASSIGN",
  "RECORD_VERIFICATION",
  "REQUEST_OPINION",
  "ANSWER_OPINION",
  "PROPOSE_RESULT",
  "SEND_BACK",
  "DEADLINE_WARNING",
]);
/** Steps the applicant is not shown at all. */
const STAFF_ONLY = new Set(["DEADLINE_WARNING"]);

/**
 * Every step of the dossier with its time and agency. Staff see the whole audit trail (with the
 * actor's address); the applicant sees every step but not the internal notes.
 */
type Props = {
  events: DossierDetail["events"];
  audience?: "citizen" | "staff";
  /** The reader's language for the heading and statuses; Vietnamese by default (staff). */
  title?: string;
  statusLabels?: Dictionary["labels"]["status"];
  actionLabels?: Dictionary["labels"]["actions"];
};

export function DossierTimeline({
  events,
  audience = "citizen",
  title = vi.dossier.timelineTitle,
  statusLabels = vi.labels.status,
  actionLabels = vi.labels.actions,
}: Props) {
  const staff = audience === "staff";
  const shown = staff ? events : events.filter((e) => !STAFF_ONLY.has(e.action));
  return (
    <section aria-labelledby="qua-trinh" className="rounded bg-white p-4 shadow-sm">
      <h2 id="qua-trinh" className="text-lg font-semibold mb-3">
        {title}
      </h2>
      <ol className="space-y-3" data-testid="timeline">
        {shown.map((e) => (
          <li key={e.id} className="border-l-4 border-brand-600 pl-3">
            <div className="font-semibold">
              {actionLabel(e.action, actionLabels)} → {statusLabels[e.toStatus]}
            </div>
            <div className="text-sm text-gray-700">
              <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt)}</time>
              {e.agency && <> · {e.agency.name}</>}
              {e.actor && <> · {e.actor.fullName}</>}
              {staff && e.ip && <> · IP {e.ip}</>}
            </div>
            {e.note && (staff || !INTERNAL_NOTES.has(e.action)) && (
              <p className="text-sm whitespace-pre-line">{e.note}</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
