import type { DossierDetail } from "@/lib/dossiers/queries";
import { STATUS_INFO } from "@/lib/dossiers/status";
import { WORKFLOW, type WorkflowAction } from "@/lib/dossiers/workflow";
import { formatDateTime } from "@/components/ui/format";

function actionLabel(action: string) {
  return action in WORKFLOW ? WORKFLOW[action as WorkflowAction].label : action;
}

/** Every step of the dossier with its time and agency: the citizen's view of the audit trail. */
export function DossierTimeline({ events }: { events: DossierDetail["events"] }) {
  return (
    <section aria-labelledby="qua-trinh" className="rounded bg-white p-4 shadow-sm">
      <h2 id="qua-trinh" className="text-lg font-semibold mb-3">Quá trình xử lý</h2>
      <ol className="space-y-3" data-testid="timeline">
        {events.map((e) => (
          <li key={e.id} className="border-l-4 border-brand-600 pl-3">
            <div className="font-semibold">{actionLabel(e.action)} → {STATUS_INFO[e.toStatus].label}</div>
            <div className="text-sm text-gray-700">
              <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt)}</time>
              {e.agency && <> · {e.agency.name}</>}
              {e.actor && <> · {e.actor.fullName}</>}
            </div>
            {e.note && <p className="text-sm whitespace-pre-line">{e.note}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
