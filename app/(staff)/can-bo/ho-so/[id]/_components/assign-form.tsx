"use client";
import { useActionState } from "react";
import { assignSpecialistAction, type ActionState } from "@/lib/dossiers/actions";

/** The agency head picks the specialist who examines the dossier. */
export function AssignForm({
  dossierId,
  version,
  specialists,
  currentAssigneeId,
}: {
  dossierId: string;
  version: number;
  specialists: { id: string; fullName: string }[];
  currentAssigneeId: string | null;
}) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(assignSpecialistAction, {});
  return (
    <form action={formAction} className="rounded bg-white p-4 shadow-sm space-y-2" aria-labelledby="phan-cong">
      <h2 id="phan-cong" className="text-lg font-semibold">
        Phân công chuyên viên
      </h2>
      <input type="hidden" name="dossierId" value={dossierId} />
      <input type="hidden" name="version" value={version} />
      <label className="block text-sm font-medium">
        Chuyên viên xử lý
        <select
          name="assigneeId"
          defaultValue={currentAssigneeId ?? ""}
          className="mt-1 block w-full rounded border px-2 py-1"
        >
          <option value="">— Chọn chuyên viên —</option>
          {specialists.map((s) => (
            <option key={s.id} value={s.id}>
              {s.fullName}
            </option>
          ))}
        </select>
      </label>
      <label className="block text-sm font-medium">
        Ý kiến chỉ đạo (nếu có)
        <textarea name="note" rows={2} maxLength={1000} className="mt-1 w-full rounded border px-2 py-1" />
      </label>
      {state.error && (
        <p role="alert" className="text-sm text-red-700">
          {state.error}
        </p>
      )}
      <button
        disabled={pending}
        className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60"
      >
        Phân công chuyên viên
      </button>
    </form>
  );
}
