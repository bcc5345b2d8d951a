"use server";
// Thin server actions of the intake desk (/can-bo/tiep-nhan): parse, call a command, map
// expected errors to messages, revalidate, redirect. The commands check who may act.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireActor } from "../auth/actor";
import { userMessage } from "../errors";
import { createWalkIn } from "./commands/create-walk-in";
import { deleteWalkIn } from "./commands/delete-walk-in";
import { receiveAtCounter } from "./commands/receive-at-counter";
import { prepareCounterPostalChoice } from "../postal/commands/save-delivery-choice";
import { fieldErrorsOf, type FieldErrors } from "../forms/field-errors";
import { saveWalkInForm } from "./commands/save-walk-in-form";
import { walkInStartSchema } from "./schemas";

export type IntakeState = { error?: string; fieldErrors?: FieldErrors; ok?: boolean };

const DESK = "/can-bo/tiep-nhan";

export async function startWalkInAction(_prev: IntakeState, formData: FormData): Promise<IntakeState> {
  const raw = Object.fromEntries(formData);
  // The command parses the same schema again; here its messages are put next to their fields.
  const parsed = walkInStartSchema.safeParse(raw);
  if (!parsed.success) return { error: "Vui lòng kiểm tra lại các trường được đánh dấu.", fieldErrors: fieldErrorsOf(parsed.error.issues) };
  let id: string;
  try {
    id = await createWalkIn(await requireActor(), raw);
  } catch (e) {
    return { error: userMessage(e) };
  }
  revalidatePath(DESK);
  redirect(`${DESK}/${id}`);
}

export async function saveWalkInFormAction(dossierId: string, answers: Record<string, string>): Promise<IntakeState> {
  try {
    const result = await saveWalkInForm(await requireActor(), String(dossierId), answers);
    if (!result.ok) return { error: "Vui lòng kiểm tra lại các trường được đánh dấu.", fieldErrors: result.fieldErrors };
  } catch (e) {
    return { error: userMessage(e) };
  }
  revalidatePath(`${DESK}/${dossierId}`);
  return { ok: true };
}

const receiveSchema = z.object({
  dossierId: z.string().min(1),
  version: z.coerce.number().int().min(0),
  resultDelivery: z.string("Vui lòng chọn hình thức trả kết quả.").min(1, "Vui lòng chọn hình thức trả kết quả."),
});

export async function receiveAtCounterAction(_prev: IntakeState, formData: FormData): Promise<IntakeState> {
  const parsed = receiveSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.issues[0].message };
  const { dossierId, ...input } = parsed.data;
  try {
    const actor = await requireActor();
    // With the post, the address is checked and priced first (lib/postal): a bad one stores nothing.
    const postalChoice = input.resultDelivery === "POST" ? await prepareCounterPostalChoice(actor, dossierId, Object.fromEntries(formData)) : null;
    await receiveAtCounter(actor, dossierId, { ...input, postalChoice });
  } catch (e) {
    return { error: userMessage(e) };
  }
  revalidatePath(DESK);
  revalidatePath(`${DESK}/${dossierId}`);
  revalidatePath("/can-bo");
  redirect(`${DESK}/${dossierId}`);
}

export async function deleteWalkInAction(_prev: IntakeState, formData: FormData): Promise<IntakeState> {
  try {
    await deleteWalkIn(await requireActor(), String(formData.get("dossierId") ?? ""));
  } catch (e) {
    return { error: userMessage(e) };
  }
  revalidatePath(DESK);
  redirect(DESK);
}
