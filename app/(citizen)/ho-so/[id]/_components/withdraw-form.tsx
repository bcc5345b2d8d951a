"use client";
import { useActionState } from "react";
import { withdrawDossierAction, type ActionState } from "@/lib/dossiers/actions";
import type { Dictionary } from "@/lib/i18n";

/** Status 7: the applicant withdraws a dossier that has not been decided yet. */
export function WithdrawForm({
  dossierId,
  version,
  t,
}: {
  dossierId: string;
  version: number;
  t: Dictionary["dossierForms"]["withdraw"];
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(withdrawDossierAction, {});
  return (
    // Open when refused: a form sent before the script of the page ran comes back as a new page, where the message must show.
    <details className="rounded bg-white p-4 shadow-sm" open={state.error ? true : undefined}>
      <summary className="cursor-pointer font-semibold">{t.summary}</summary>
      <form action={action} className="mt-3 space-y-2">
        <input type="hidden" name="dossierId" value={dossierId} />
        <input type="hidden" name="version" value={version} />
        <label htmlFor="withdraw-reason" className="block text-sm font-medium">
          {t.reason}
        </label>
        <textarea
          id="withdraw-reason"
          name="reason"
          rows={2}
          maxLength={1000}
          className="w-full rounded border px-2 py-1"
        />
        {state.error && (
          <p role="alert" className="text-sm text-red-700">
            {state.error}
          </p>
        )}
        <button
          disabled={pending}
          className="min-h-11 rounded border border-red-700 px-4 py-2 font-semibold text-red-700"
        >
          {t.confirm}
        </button>
      </form>
    </details>
  );
}
