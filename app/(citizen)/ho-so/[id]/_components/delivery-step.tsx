"use client";
import { startTransition, useActionState, type FormEvent, type ReactNode } from "react";
import type { ActionState } from "@/lib/dossiers/actions";
import { saveDeliveryAction } from "@/lib/submission/actions";

const OPTIONS = ["ELECTRONIC", "COUNTER", "POST"] as const;

type Strings = {
  legend: string;
  options: Record<(typeof OPTIONS)[number], string>;
  noPost: string;
  back: string;
  save: string;
};
/** postal: the address fields, rendered on the server (lib/postal), inside this form. */
type Props = {
  dossierId: string;
  current: string;
  step: number;
  back: string;
  postAllowed: boolean;
  t: Strings;
  postal?: ReactNode;
};

/** Works without JavaScript too: a plain form posting to a server action. */
export function DeliveryStep({ dossierId, current, step, back, postAllowed, t, postal }: Props) {
  const [state, action, pending] = useActionState<ActionState, FormData>(saveDeliveryAction, {});
  // With the script, a refused address keeps what was typed (a form action would reset the form).
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => action(data));
  }
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-4">
      <input type="hidden" name="dossierId" value={dossierId} />
      <input type="hidden" name="next" value={step + 1} />
      <fieldset className="rounded bg-white p-4 shadow-sm space-y-3">
        <legend className="text-lg font-semibold">{t.legend}</legend>
        {OPTIONS.filter((o) => postAllowed || o !== "POST").map((o) => (
          <label key={o} className="flex min-h-11 items-center gap-3">
            <input type="radio" name="resultDelivery" value={o} defaultChecked={current === o} className="h-5 w-5" />
            {t.options[o]}
          </label>
        ))}
        {!postAllowed && <p className="text-sm text-gray-700">{t.noPost}</p>}
      </fieldset>
      {postAllowed && postal}
      {state.error && (
        <p role="alert" className="text-red-700">
          {state.error}
        </p>
      )}
      <div className="flex gap-3">
        <a href={back} className="min-h-11 rounded border px-4 py-2 no-underline">
          {t.back}
        </a>
        <button
          disabled={pending}
          className="min-h-11 rounded bg-brand-700 px-5 py-2 font-semibold text-white disabled:opacity-60"
        >
          {t.save}
        </button>
      </div>
    </form>
  );
}
