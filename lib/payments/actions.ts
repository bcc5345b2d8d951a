"use server";
// Thin server actions: the commands check who may act and what is paid.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "../auth/actor";
import { userMessage } from "../errors";
import { recordCashPayment } from "./commands/record-cash-payment";
import { startOnlinePayment } from "./commands/start-online-payment";

export type PaymentFormState = { error?: string; ok?: boolean; amount?: string };

export async function startOnlinePaymentAction(_prev: PaymentFormState, formData: FormData): Promise<PaymentFormState> {
  const dossierId = String(formData.get("dossierId") ?? "");
  let url: string;
  try {
    const started = await startOnlinePayment(await requireActor(), dossierId, { amountVnd: formData.get("amountVnd"), currency: formData.get("currency") });
    url = started.redirectUrl;
  } catch (e) {
    return { error: userMessage(e) };
  }
  redirect(url);
}

export async function recordCashPaymentAction(_prev: PaymentFormState, formData: FormData): Promise<PaymentFormState> {
  const dossierId = String(formData.get("dossierId") ?? "");
  const amount = String(formData.get("amountVnd") ?? "");
  try {
    await recordCashPayment(await requireActor(), dossierId, { amountVnd: amount.replace(/[.\s]/g, ""), currency: formData.get("currency"), version: Number(formData.get("version")) });
  } catch (e) {
    return { error: userMessage(e), amount };
  }
  revalidatePath(`/can-bo/ho-so/${dossierId}`);
  return { ok: true };
}
