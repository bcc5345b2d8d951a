"use client";
import { useActionState } from "react";
import { requestOpinionsAction } from "@/lib/consultations/actions";
import type { ActionState } from "@/lib/dossiers/actions";

export function OpinionRequestForm({
  dossierId,
  version,
  agencies,
}: {
  dossierId: string;
  version: number;
  agencies: { id: string; name: string }[];
}) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(requestOpinionsAction, {});
  return (
    <form action={formAction} className="space-y-2 border-t pt-3">
      <input type="hidden" name="dossierId" value={dossierId} />
      <input type="hidden" name="version" value={version} />
      <fieldset>
        <legend className="text-sm font-medium">Cơ quan cần xin ý kiến (chọn một hoặc nhiều, gửi song song)</legend>
        <div className="mt-1 max-h-48 overflow-y-auto rounded border p-2 text-sm">
          {agencies.map((a) => (
            <label key={a.id} className="block">
              <input type="checkbox" name="agencyIds" value={a.id} /> {a.name}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="block text-sm font-medium">
        Nội dung xin ý kiến
        <textarea name="question" rows={3} maxLength={4000} className="mt-1 w-full rounded border px-2 py-1" />
      </label>
      <label className="block text-sm font-medium">
        Thời hạn trả lời (ngày làm việc)
        <input
          name="workingDays"
          type="number"
          min={1}
          max={15}
          defaultValue={3}
          className="mt-1 block w-32 rounded border px-2 py-1"
        />
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
        Gửi xin ý kiến
      </button>
    </form>
  );
}
