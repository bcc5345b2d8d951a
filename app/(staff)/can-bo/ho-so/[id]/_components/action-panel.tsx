"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/dossiers/actions";
import { staffAction } from "@/lib/processing/actions";
import { WORKFLOW, type WorkflowAction } from "@/lib/dossiers/workflow";

const NOTE_LABEL: Partial<Record<WorkflowAction, string>> = {
  REQUEST_SUPPLEMENT: "Giấy tờ cần bổ sung và lý do",
  REQUEST_SUPPLEMENT_IN_PROCESSING: "Giấy tờ cần bổ sung và lý do",
  REFUSE_RECEPTION: "Lý do từ chối",
  REFUSE_AFTER_REVIEW: "Lý do từ chối giải quyết",
  SEND_BACK: "Lý do trả lại",
  STOP: "Lý do dừng xử lý",
  PROPOSE_RESULT: "Ý kiến đề xuất",
  RECORD_VERIFICATION: "Nội dung thẩm định, xác minh",
};

function ActionForm({ dossierId, version, action }: { dossierId: string; version: number; action: WorkflowAction }) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(staffAction, {});
  const noteLabel = NOTE_LABEL[action];
  return (
    <form action={formAction} className="rounded border p-3 space-y-2">
      <input type="hidden" name="dossierId" value={dossierId} />
      <input type="hidden" name="action" value={action} />
      <input type="hidden" name="version" value={version} />
      {noteLabel && (
        <div>
          <label htmlFor={`note-${action}`} className="block text-sm font-medium">
            {noteLabel}
          </label>
          <textarea id={`note-${action}`} name="note" rows={2} className="w-full rounded border px-2 py-1" />
        </div>
      )}
      {state.error && (
        <p role="alert" className="text-sm text-red-700">
          {state.error}
        </p>
      )}
      <button
        disabled={pending}
        className="rounded bg-brand-700 px-4 py-2 text-white font-semibold disabled:opacity-60"
      >
        {WORKFLOW[action].label}
      </button>
    </form>
  );
}

/** Actions of the officer's role held back by a rule of the dossier, grouped by the rule's words. */
function Refusals({ refused }: { refused: { action: WorkflowAction; refusal: string }[] }) {
  const byRefusal = new Map<string, string[]>();
  for (const { action, refusal } of refused)
    byRefusal.set(refusal, [...(byRefusal.get(refusal) ?? []), `“${WORKFLOW[action].label}”`]);
  if (byRefusal.size === 0) return null;
  return (
    <ul className="space-y-1 text-sm" data-testid="refused-actions">
      {[...byRefusal].map(([refusal, labels]) => (
        <li key={refusal}>
          Chưa thể {labels.join(", ")}: {refusal}
        </li>
      ))}
    </ul>
  );
}

export function ActionPanel({
  dossierId,
  version,
  actions,
  refused = [],
}: {
  dossierId: string;
  version: number;
  actions: WorkflowAction[];
  /** What the officer's role could do here but a rule of the dossier refuses now (lib/dossiers/guards.ts). */
  refused?: { action: WorkflowAction; refusal: string }[];
}) {
  if (actions.length === 0 && refused.length === 0)
    return <p className="text-sm text-gray-700">Không có thao tác nào dành cho bạn ở bước này.</p>;
  return (
    <section aria-labelledby="thao-tac" className="rounded bg-white p-4 shadow-sm space-y-3">
      <h2 id="thao-tac" className="text-lg font-semibold">
        Thao tác
      </h2>
      <Refusals refused={refused} />
      <div className="grid gap-3 sm:grid-cols-2">
        {actions.map((a) => (
          <ActionForm key={`${a}-${version}`} dossierId={dossierId} version={version} action={a} />
        ))}
      </div>
    </section>
  );
}
