import "server-only";
import type { Actor } from "../../auth/actor";
import { AppError } from "../../errors";
import { parseAdminInput, type FormInput } from "../../forms/input-error";
import { feeSchema } from "../procedure-rules";
import { formDefinitionSchema } from "../../forms/definition";
import type { Tx } from "../../db/create-client";
import { editProcedure } from "./editable-procedure";

/** The quantity of a per-unit fee comes from a number field of the procedure's own e-form. */
async function assertQuantityField(tx: Tx, procedureId: string, name: string) {
  const { formDefinition } = await tx.procedure.findUniqueOrThrow({
    where: { id: procedureId },
    select: { formDefinition: true },
  });
  const definition = formDefinitionSchema.safeParse(formDefinition);
  const field = definition.success
    ? definition.data.sections.flatMap((s) => s.fields).find((f) => f.name === name)
    : undefined;
  if (field?.type !== "number")
    throw new AppError("INVALID_INPUT", "Trường số lượng phải là một trường kiểu số của tờ khai điện tử.");
}

/** Adds a fee or charge (phí, lệ phí), or edits `feeId`. */
export async function saveProcedureFee(
  actor: Actor,
  code: string,
  input: FormInput,
  feeId?: string,
): Promise<{ id: string }> {
  return editProcedure(actor, code, "procedure-fee", async (tx, procedureId) => {
    const data = parseAdminInput(feeSchema, input);
    if (data.quantityField) await assertQuantityField(tx, procedureId, data.quantityField);
    if (!feeId) return tx.procedureFee.create({ data: { ...data, procedureId }, select: { id: true } });
    const updated = await tx.procedureFee.updateMany({ where: { id: feeId, procedureId }, data });
    if (updated.count !== 1) throw new AppError("NOT_FOUND", "Không tìm thấy mức phí, lệ phí.");
    return { id: feeId };
  });
}

/** Removes a fee or charge; dossiers do not refer to fee rows, so nothing else changes. */
export async function removeProcedureFee(actor: Actor, code: string, feeId: string): Promise<void> {
  await editProcedure(actor, code, "procedure-fee-removed", async (tx, procedureId) => {
    const deleted = await tx.procedureFee.deleteMany({ where: { id: feeId, procedureId } });
    if (deleted.count !== 1) throw new AppError("NOT_FOUND", "Không tìm thấy mức phí, lệ phí.");
  });
}
