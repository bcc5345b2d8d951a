"use client";
import { useActionState } from "react";
import { recordCashPaymentAction, type PaymentFormState } from "@/lib/payments/actions";

/** Cash collected at the counter: the officer types the amount received, which must equal the bill. */
export function CashPaymentForm({ dossierId, version }: { dossierId: string; version: number }) {
  const [state, formAction, pending] = useActionState<PaymentFormState, FormData>(recordCashPaymentAction, {});
  return (
    <form action={formAction} className="space-y-2 border-t pt-3" aria-labelledby="thu-tien-mat">
      <h3 id="thu-tien-mat" className="font-semibold">
        Thu tiền mặt tại quầy
      </h3>
      <input type="hidden" name="dossierId" value={dossierId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="currency" value="VND" />
      <label className="block text-sm font-medium">
        Số tiền đã thu (đồng)
        <input
          name="amountVnd"
          inputMode="numeric"
          required
          defaultValue={state.amount}
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? "thu-tien-mat-loi" : undefined}
          className="mt-1 block w-full rounded border px-2 py-2"
        />
      </label>
      {state.error && (
        <p id="thu-tien-mat-loi" role="alert" className="text-sm text-red-700">
          {state.error}
        </p>
      )}
      <button
        disabled={pending}
        className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60"
      >
        Ghi nhận đã thu tiền
      </button>
    </form>
  );
}
