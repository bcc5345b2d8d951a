import "server-only";
import type { Actor } from "../../auth/actor";
import { AppError } from "../../errors";
import { editProcedure } from "./editable-procedure";

/**
 * Removes a document component. One that dossiers already refer to (files, paper submissions,
 * supplement items) stays: those dossiers were checked against it and must still show it.
 */
export async function removeProcedureComponent(actor: Actor, code: string, componentId: string): Promise<void> {
  await editProcedure(actor, code, "procedure-component-removed", async (tx, procedureId) => {
    const component = await tx.documentComponent.findFirst({
      where: { id: componentId, procedureId },
      select: { _count: { select: { attachments: true, paperSubmissions: true, supplementItems: true } } },
    });
    if (!component) throw new AppError("NOT_FOUND", "Không tìm thấy thành phần hồ sơ.");
    const uses = component._count.attachments + component._count.paperSubmissions + component._count.supplementItems;
    if (uses > 0) {
      throw new AppError(
        "INVALID_INPUT",
        'Không xóa được thành phần hồ sơ này vì đã có hồ sơ nộp giấy tờ cho nó. Hãy sửa tên hoặc bỏ đánh dấu "bắt buộc" thay vì xóa.',
      );
    }
    await tx.documentComponent.delete({ where: { id: componentId } });
  });
}
