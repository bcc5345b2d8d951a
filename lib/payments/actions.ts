"use server";
// Thin server actions (lib/actions/safe-action.ts): the commands check who may act and what is paid.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runCommand } from "../actions/safe-action";
import { recordCashPayment } from "./commands/record-cash-payment";
import { startOnlinePayment } from "./commands/start-online-payment";

export type PaymentFormState = { error?: string; ok?: boolean; amount?: string };

export async function startOnlinePaymentAction(_prev: PaymentFormState, formData: FormData): Promise<PaymentFormState> {
  const dossierId = String(formData.get("dossierId") ?? "");
  const started = await runCommand((actor) =>
    startOnlinePayment(actor, dossierId, { amountVnd: formData.get("amountVnd"), currency: formData.get("currency") }),
  );
  if (!started.ok) return { error: started.refusal.error };
  redirect(started.value.redirectUrl);
}

export async function recordCashPaymentAction(_prev: PaymentFormState, formData: FormData): Promise<PaymentFormState> {
  const dossierId = String(formData.get("dossierId") ?? "");
  const amount = String(formData.get("amountVnd") ?? "");
  const input = {
    amountVnd: amount.replace(/[.\s]/g, ""),
    currency: formData.get("currency"),
    version: Number(formData.get("version")),
  };
  const recorded = await runCommand((actor) => recordCashPayment(actor, dossierId, input));
  // The amount as typed is given back, so a refused form keeps it.
  if (!recorded.ok) return { error: recorded.refusal.error, amount };
  revalidatePath(`/can-bo/ho-so/${dossierId}`);
  return { ok: true };
}
