"use client";
import { useActionState } from "react";
import { startOnlinePaymentAction, type PaymentFormState } from "@/lib/payments/actions";

/** Sends the citizen to the gateway; the amount shown is sent back only to be checked against the bill. */
export function OnlinePaymentButton({
  dossierId,
  amountVnd,
  label,
}: {
  dossierId: string;
  amountVnd: number;
  label: string;
}) {
  const [state, formAction, pending] = useActionState<PaymentFormState, FormData>(startOnlinePaymentAction, {});
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="dossierId" value={dossierId} />
      <input type="hidden" name="amountVnd" value={amountVnd} />
      <input type="hidden" name="currency" value="VND" />
      {state.error && (
        <p role="alert" className="text-sm text-red-700">
          {state.error}
        </p>
      )}
      <button
        disabled={pending}
        className="min-h-11 w-full sm:w-auto rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60"
      >
        {label}
      </button>
    </form>
  );
}
