"use client";
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { startDossierAction, type ActionState } from "@/lib/dossiers/actions";
import { ErrorSummary } from "@/components/form/error-summary";

type Agency = { id: string; name: string };

type Strings = { agencyLabel: string; chooseAgency: string; apply: string; errorSummary: string };

/**
 * Starts the online dossier at the chosen agency. noValidate: a missing choice is answered by the
 * server's message, beside the list and in the error summary, never by the browser's own bubble.
 */
export function StartDossierForm({
  procedureCode,
  agencies,
  t,
}: {
  procedureCode: string;
  agencies: Agency[];
  t: Strings;
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(startDossierAction, {});
  const [attempt, setAttempt] = useState(0);
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    setAttempt((n) => n + 1);
    startTransition(() => action(data));
  }
  const agencyError = state.fieldErrors?.agencyId;
  return (
    <form noValidate action={action} onSubmit={onSubmit} className="space-y-3">
      <ErrorSummary
        title={t.errorSummary}
        errors={agencyError ? [{ id: "agencyId", message: agencyError }] : []}
        description={agencyError ? null : state.error}
        attempt={attempt}
      />
      <input type="hidden" name="procedureCode" value={procedureCode} />
      <div>
        <label htmlFor="agencyId" className="block font-semibold">
          {t.agencyLabel}
        </label>
        <select
          id="agencyId"
          name="agencyId"
          required
          aria-required
          aria-invalid={agencyError ? true : undefined}
          aria-describedby={agencyError ? "agencyId-error" : undefined}
          defaultValue={agencies.length === 1 ? agencies[0].id : ""}
          className="mt-1 w-full rounded border px-3 py-2"
        >
          {agencies.length > 1 && <option value="">{t.chooseAgency}</option>}
          {agencies.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
        {agencyError && (
          <p id="agencyId-error" className="mt-1 text-sm text-red-700">
            {agencyError}
          </p>
        )}
      </div>
      <button
        disabled={pending}
        className="rounded bg-brand-700 px-5 py-3 text-white font-semibold disabled:opacity-60"
      >
        {t.apply}
      </button>
    </form>
  );
}
