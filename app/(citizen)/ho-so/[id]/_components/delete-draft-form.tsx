"use client";
import { useActionState } from "react";
import { deleteDraftAction, type ActionState } from "@/lib/dossiers/actions";

export function DeleteDraftForm({ dossierId, t }: { dossierId: string; t: { label: string; confirm: string } }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(deleteDraftAction, {});
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!confirm(t.confirm)) e.preventDefault();
      }}
    >
      <input type="hidden" name="dossierId" value={dossierId} />
      {state.error && (
        <p role="alert" className="text-sm text-red-700">
          {state.error}
        </p>
      )}
      <button disabled={pending} className="text-sm text-red-700 underline">
        {t.label}
      </button>
    </form>
  );
}
