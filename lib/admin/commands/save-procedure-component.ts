import "server-only";
import type { Actor } from "../../auth/actor";
import { AppError } from "../../errors";
import { parseAdminInput, type FormInput } from "../../forms/input-error";
import { componentSchema } from "../procedure-rules";
import { editProcedure } from "./editable-procedure";

/** Adds a document component (thành phần hồ sơ) at the end of the list, or edits `componentId`. */
export async function saveProcedureComponent(
  actor: Actor,
  code: string,
  input: FormInput,
  componentId?: string,
): Promise<{ id: string }> {
  return editProcedure(actor, code, "procedure-component", async (tx, procedureId) => {
    const data = parseAdminInput(componentSchema, input);
    if (componentId) {
      const updated = await tx.documentComponent.updateMany({ where: { id: componentId, procedureId }, data });
      if (updated.count !== 1) throw new AppError("NOT_FOUND", "Không tìm thấy thành phần hồ sơ.");
      return { id: componentId };
    }
    const last = await tx.documentComponent.aggregate({ where: { procedureId }, _max: { sortOrder: true } });
    return tx.documentComponent.create({
      data: { ...data, procedureId, sortOrder: (last._max.sortOrder ?? 0) + 1 },
      select: { id: true },
    });
  });
}
