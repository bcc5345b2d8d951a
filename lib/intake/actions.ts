"use server";
// Thin server actions of the intake desk (/can-bo/tiep-nhan): parse, call a command, map
// expected errors to messages, revalidate, redirect (lib/actions/safe-action.ts). The commands
// check who may act.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { runCommand, safeAction, type FormAction } from "../actions/safe-action";
import { fieldErrorsOf, type FieldErrors } from "../forms/field-errors";
import { createWalkIn } from "./commands/create-walk-in";
import { deleteWalkIn } from "./commands/delete-walk-in";
import { receiveAtCounter } from "./commands/receive-at-counter";
import { prepareCounterPostalChoice } from "../postal/commands/save-delivery-choice";
import { saveWalkInForm } from "./commands/save-walk-in-form";
import { walkInStartSchema } from "./schemas";

export type IntakeState = { error?: string; fieldErrors?: FieldErrors; ok?: boolean };

const DESK = "/can-bo/tiep-nhan";
const CHECK_FIELDS = "Vui lòng kiểm tra lại các trường được đánh dấu.";

export const startWalkInAction: FormAction<IntakeState> = safeAction(
  walkInStartSchema,
  // The command parses the same schema again; here its messages are put next to their fields.
  (actor, _input, formData) => createWalkIn(actor, Object.fromEntries(formData)),
  {
    invalid: (error) => ({ error: CHECK_FIELDS, fieldErrors: fieldErrorsOf(error) }),
    revalidate: () => [DESK],
    done: (id) => redirect(`${DESK}/${id}`),
  },
);

export async function saveWalkInFormAction(dossierId: string, answers: Record<string, string>): Promise<IntakeState> {
  const saved = await runCommand((actor) => saveWalkInForm(actor, String(dossierId), answers));
  if (!saved.ok) return saved.refusal;
  if (!saved.value.ok) return { error: CHECK_FIELDS, fieldErrors: saved.value.fieldErrors };
  revalidatePath(`${DESK}/${dossierId}`);
  return { ok: true };
}

const receiveSchema = z.object({
  dossierId: z.string().min(1),
  version: z.coerce.number().int().min(0),
  resultDelivery: z.string("Vui lòng chọn hình thức trả kết quả.").min(1, "Vui lòng chọn hình thức trả kết quả."),
});

export const receiveAtCounterAction: FormAction<IntakeState> = safeAction(
  receiveSchema,
  async (actor, { dossierId, ...input }, formData) => {
    // With the post, the address is checked and priced first (lib/postal): a bad one stores nothing.
    const postalChoice =
      input.resultDelivery === "POST"
        ? await prepareCounterPostalChoice(actor, dossierId, Object.fromEntries(formData))
        : null;
    await receiveAtCounter(actor, dossierId, { ...input, postalChoice });
  },
  {
    revalidate: ({ dossierId }) => [DESK, `${DESK}/${dossierId}`, "/can-bo"],
    done: (_, { dossierId }) => redirect(`${DESK}/${dossierId}`),
  },
);

export async function deleteWalkInAction(_prev: IntakeState, formData: FormData): Promise<IntakeState> {
  const deleted = await runCommand((actor) => deleteWalkIn(actor, String(formData.get("dossierId") ?? "")));
  if (!deleted.ok) return deleted.refusal;
  revalidatePath(DESK);
  redirect(DESK);
}
