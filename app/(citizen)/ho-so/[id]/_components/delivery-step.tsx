"use client";
import { startTransition, useActionState, useState, type ComponentProps, type FormEvent, type ReactNode } from "react";
import type { ActionState } from "@/lib/dossiers/actions";
import { saveDeliveryAction } from "@/lib/submission/actions";
import { ErrorSummary } from "@/components/form/error-summary";
import { POSTAL_FIELDS, PostalAddressFields, postalFieldId } from "@/components/postal/address-fields";

const OPTIONS = ["ELECTRONIC", "COUNTER", "POST"] as const;

type Strings = {
  legend: string;
  options: Record<(typeof OPTIONS)[number], string>;
  noPost: string;
  back: string;
  save: string;
  errorSummary: string;
};
/** The postal address's data and strings (lib/postal/queries.ts postalFormData), rendered in this form. */
export type PostalProps = Omit<ComponentProps<typeof PostalAddressFields>, "errors" | "required">;
type Props = {
  dossierId: string;
  current: string;
  step: number;
  back: string;
  postAllowed: boolean;
  t: Strings;
  postal?: PostalProps;
  /** Shown above the buttons: the fee and postage preview (components/payments), when there is one. */
  children?: ReactNode;
};

const optionId = (o: string) => `delivery-${o}`;

/**
 * Works without JavaScript too: a plain form posting to a server action. A refusal is listed in
 * the error summary at the top, each message linking to its field, and shown beside that field.
 */
export function DeliveryStep({ dossierId, current, step, back, postAllowed, t, postal, children }: Props) {
  const [state, action, pending] = useActionState<ActionState, FormData>(saveDeliveryAction, {});
  const [attempt, setAttempt] = useState(0);
  // The address is required when the post carries the result (or the paper dossier): said to screen readers.
  const [byPost, setByPost] = useState(current === "POST");
  // With the script, a refused address keeps what was typed (a form action would reset the form).
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    setAttempt((n) => n + 1);
    startTransition(() => action(data));
  }
  const fieldErrors = state.fieldErrors ?? {};
  const summary = [
    ...(fieldErrors.resultDelivery ? [{ id: optionId(OPTIONS[0]), message: fieldErrors.resultDelivery }] : []),
    ...POSTAL_FIELDS.flatMap((name) =>
      fieldErrors[name] ? [{ id: postalFieldId(name), message: fieldErrors[name] }] : [],
    ),
  ];
  const listed = summary.length > 0;
  return (
    <form noValidate action={action} onSubmit={onSubmit} className="space-y-4">
      <ErrorSummary
        title={t.errorSummary}
        errors={summary}
        description={listed ? null : state.error}
        attempt={attempt}
      />
      <input type="hidden" name="dossierId" value={dossierId} />
      <input type="hidden" name="next" value={step + 1} />
      <fieldset
        className="rounded bg-white p-4 shadow-sm space-y-3"
        aria-describedby={fieldErrors.resultDelivery ? "delivery-error" : undefined}
      >
        <legend className="text-lg font-semibold">{t.legend}</legend>
        {fieldErrors.resultDelivery && (
          <p id="delivery-error" className="text-sm text-red-700">
            {fieldErrors.resultDelivery}
          </p>
        )}
        {OPTIONS.filter((o) => postAllowed || o !== "POST").map((o) => (
          <label key={o} className="flex min-h-11 items-center gap-3">
            <input
              id={optionId(o)}
              type="radio"
              name="resultDelivery"
              value={o}
              defaultChecked={current === o}
              onChange={() => setByPost(o === "POST")}
              className="h-5 w-5"
            />
            {t.options[o]}
          </label>
        ))}
        {!postAllowed && <p className="text-sm text-gray-700">{t.noPost}</p>}
      </fieldset>
      {postAllowed && postal && <PostalAddressFields {...postal} errors={fieldErrors} required={byPost} />}
      {children}
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
