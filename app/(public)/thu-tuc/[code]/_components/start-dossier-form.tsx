"use client";
import { useActionState } from "react";
import { startDossierAction, type ActionState } from "@/lib/dossiers/actions";

type Agency = { id: string; name: string };

type Strings = { agencyLabel: string; chooseAgency: string; apply: string };

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
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="procedureCode" value={procedureCode} />
      <div>
        <label htmlFor="agencyId" className="block font-semibold">
          {t.agencyLabel}
        </label>
        <select
          id="agencyId"
          name="agencyId"
          required
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
      </div>
      {state.error && (
        <p role="alert" className="text-red-700">
          {state.error}
        </p>
      )}
      <button
        disabled={pending}
        className="rounded bg-brand-700 px-5 py-3 text-white font-semibold disabled:opacity-60"
      >
        {t.apply}
      </button>
    </form>
  );
}
