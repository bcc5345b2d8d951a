import type { DossierDetail } from "@/lib/dossiers/queries";
import { vi, type Dictionary } from "@/lib/i18n/vi";
import { WORKFLOW, type WorkflowAction } from "@/lib/dossiers/workflow";
import { formatDateTime } from "@/components/ui/format";
import { fill } from "@/lib/i18n/locales";

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
  /** The applicant's page folds the earlier steps under "see the whole history" (phones, issue 25). */
  fold?: Dictionary["dossierPage"]["timeline"];
};

/** How many of the latest steps stay open on the applicant's page; the earlier ones are folded. */
export const LATEST_STEPS = 3;

export function DossierTimeline({
  events,
  audience = "citizen",
  title = vi.dossier.timelineTitle,
  statusLabels = vi.labels.status,
  actionLabels = vi.labels.actions,
  fold,
}: Props) {
  const staff = audience === "staff";
  const shown = staff ? events : events.filter((e) => !STAFF_ONLY.has(e.action));
  const folded = fold && !staff && shown.length > LATEST_STEPS + 1 ? shown.length - LATEST_STEPS : 0;
  const step = (e: (typeof shown)[number]) => {
    const action = actionLabel(e.action, actionLabels);
    const status = statusLabels[e.toStatus];
    return (
      <li key={e.id} className="border-l-4 border-brand-600 pl-3">
        {/* A step whose name is its new status ("Result returned") is not written twice. */}
        <div className="font-semibold">{action === status ? action : `${action} → ${status}`}</div>
        <div className="text-sm text-gray-700">
          <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt)}</time>
          {e.agency && <> · {e.agency.name}</>}
          {e.actor && <> · {e.actor.fullName}</>}
          {staff && e.ip && <> · IP {e.ip}</>}
        </div>
        {e.note && (staff || !INTERNAL_NOTES.has(e.action)) && (
          <p className="text-sm whitespace-pre-line">
            {/* Notes are recorded in Vietnamese by officers and commands: marked so in English. */}
            {fold && <span className="font-semibold">{fold.note} </span>}
            <span lang="vi">{e.note}</span>
          </p>
        )}
      </li>
    );
  };
  return (
    <section aria-labelledby="qua-trinh" className="rounded bg-white p-4 shadow-sm">
      <h2 id="qua-trinh" className="text-lg font-semibold mb-3">
        {title}
      </h2>
      <div data-testid="timeline">
        {folded > 0 ? (
          <>
            <details className="mb-3" data-testid="timeline-earlier">
              <summary className="cursor-pointer min-h-11 py-2 font-semibold text-brand-700">
                {fill(fold!.showAll, { n: shown.length })}
              </summary>
              <ol className="space-y-3 mt-2">{shown.slice(0, folded).map(step)}</ol>
            </details>
            <h3 className="sr-only">{fold!.latest}</h3>
            <ol className="space-y-3" start={folded + 1}>
              {shown.slice(folded).map(step)}
            </ol>
          </>
        ) : (
          <ol className="space-y-3">{shown.map(step)}</ol>
        )}
      </div>
    </section>
  );
}
