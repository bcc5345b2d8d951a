"use server";
// Thin server action of the Mẫu 04 form: the command parses the input with the same schema and
// checks who may act; refused fields come back with their message, to be shown next to them
// (lib/actions/safe-action.ts does the rest).
import { revalidatePath } from "next/cache";
import { runCommand } from "../actions/safe-action";
import { issueReappointment, ReappointmentInputError } from "./commands/issue-reappointment";

type Field = "reason" | "newDueDate";
/** `values` gives the form back what was typed: React resets a form after its action. */
export type ReappointmentFormState = {
  error?: string;
  fieldErrors?: Partial<Record<Field, string>>;
  values?: Record<Field, string>;
  ok?: boolean;
};

export async function issueReappointmentAction(
  _prev: ReappointmentFormState,
  formData: FormData,
): Promise<ReappointmentFormState> {
  const dossierId = String(formData.get("dossierId") ?? "");
  const values = { reason: String(formData.get("reason") ?? ""), newDueDate: String(formData.get("newDueDate") ?? "") };
  const issued = await runCommand(
    (actor) => issueReappointment(actor, dossierId, { version: String(formData.get("version") ?? ""), ...values }),
    undefined,
    values,
  );
  if (!issued.ok) {
    const e = issued.cause;
    if (e instanceof ReappointmentInputError)
      return {
        error: "Vui lòng kiểm tra lại các trường được đánh dấu.",
        fieldErrors: { [e.field]: e.message },
        values,
      };
    return { error: issued.refusal.error, fieldErrors: issued.refusal.fieldErrors, values };
  }
  revalidatePath(`/can-bo/ho-so/${dossierId}`);
  revalidatePath("/can-bo");
  return { ok: true };
}
