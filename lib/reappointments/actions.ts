"use server";
// Thin server action of the Mẫu 04 form: the command parses the input with the same schema and
// checks who may act; refused fields come back with their message, to be shown next to them.
import { revalidatePath } from "next/cache";
import { requireActor } from "../auth/actor";
import { userMessage } from "../errors";
import { issueReappointment, ReappointmentInputError } from "./commands/issue-reappointment";

export type ReappointmentFormState = { error?: string; fieldErrors?: Partial<Record<"reason" | "newDueDate", string>>; ok?: boolean };

export async function issueReappointmentAction(_prev: ReappointmentFormState, formData: FormData): Promise<ReappointmentFormState> {
  const dossierId = String(formData.get("dossierId") ?? "");
  try {
    await issueReappointment(await requireActor(), dossierId, {
      version: String(formData.get("version") ?? ""),
      reason: String(formData.get("reason") ?? ""),
      newDueDate: String(formData.get("newDueDate") ?? ""),
    });
  } catch (e) {
    if (e instanceof ReappointmentInputError) return { error: "Vui lòng kiểm tra lại các trường được đánh dấu.", fieldErrors: { [e.field]: e.message } };
    return { error: userMessage(e) };
  }
  revalidatePath(`/can-bo/ho-so/${dossierId}`);
  revalidatePath("/can-bo");
  return { ok: true };
}
