import "server-only";
import { z } from "zod";
import type { Actor } from "../../auth/actor";
import { AdminInputError, parseAdminInput } from "../../forms/input-error";
import { parseFormDefinitionJson } from "../form-definition-input";
import { editProcedure } from "./editable-procedure";

const settingsSchema = z.object({
  requiresPersonalPresence: z.boolean('Lựa chọn "phải có mặt trực tiếp" không hợp lệ.'),
  paymentBeforeProcessing: z.boolean('Lựa chọn "nộp phí trước khi xử lý" không hợp lệ.'),
});

/** Whether the applicant must come in person, and whether fees are paid before processing. */
export async function saveProcedureSettings(
  actor: Actor,
  code: string,
  input: z.input<typeof settingsSchema>,
): Promise<void> {
  await editProcedure(actor, code, "procedure-settings", async (tx, procedureId) => {
    const data = parseAdminInput(settingsSchema, input);
    await tx.procedure.update({ where: { id: procedureId }, data });
  });
}

/** Shows the procedure in the public catalogue (and lets citizens start dossiers) or hides it. */
export async function setProcedurePublished(actor: Actor, code: string, published: boolean): Promise<void> {
  await editProcedure(actor, code, "procedure-published", async (tx, procedureId) => {
    await tx.procedure.update({ where: { id: procedureId }, data: { published } });
  });
}

/**
 * Replaces the e-form (tờ khai điện tử) with the JSON an administrator typed, checked against the
 * one schema of lib/forms/definition.ts; every problem is reported with where it is. Drafts keep
 * their answers: answers to removed fields are dropped by the form's schema (z.object strips
 * unknown keys), a new required field must be answered before submission.
 */
export async function saveFormDefinition(actor: Actor, code: string, json: string): Promise<void> {
  await editProcedure(actor, code, "procedure-form-definition", async (tx, procedureId) => {
    const result = parseFormDefinitionJson(json);
    if (!result.ok)
      throw new AdminInputError(`Tờ khai điện tử chưa hợp lệ (${result.errors.length} lỗi).`, {
        formDefinition: result.errors.join("\n"),
      });
    await tx.procedure.update({ where: { id: procedureId }, data: { formDefinition: result.value } });
  });
}
