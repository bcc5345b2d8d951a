import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { storeScope } from "./store";

/**
 * Attaches a document from the actor's store to a component of their own editable dossier,
 * sharing the stored file instead of uploading it again. The same limits apply as to uploads.
 */
export async function reuseDocument(
  actor: Actor,
  input: { dossierId: string; componentId: string; sourceAttachmentId: string },
) {
  return db.$transaction(async (tx) => {
    const source = await tx.attachment.findFirst({
      where: { id: input.sourceAttachmentId, ...storeScope(actor) },
      select: { fileName: true, mimeType: true, sizeBytes: true, sha256: true, storageKey: true },
    });
    if (!source) throw notFound("Không tìm thấy giấy tờ trong kho dữ liệu của bạn.");
    const dossier = await tx.dossier.findFirst({
      where: { id: input.dossierId, applicantId: actor.userId, status: { in: ["DRAFT", "SUPPLEMENT_REQUESTED"] } },
      select: {
        id: true,
        procedure: {
          select: { maxDossierBytes: true, components: { where: { id: input.componentId }, select: { id: true } } },
        },
        attachments: { select: { sizeBytes: true, storageKey: true, componentId: true } },
      },
    });
    if (!dossier) throw notFound();
    if (dossier.procedure.components.length === 0)
      throw new AppError("INVALID_INPUT", "Thành phần hồ sơ không thuộc thủ tục này.");
    if (dossier.attachments.some((a) => a.storageKey === source.storageKey && a.componentId === input.componentId)) {
      throw new AppError("INVALID_INPUT", "Giấy tờ này đã được đính kèm vào thành phần hồ sơ.");
    }
    const used = dossier.attachments.reduce((sum, a) => sum + a.sizeBytes, 0);
    if (used + source.sizeBytes > dossier.procedure.maxDossierBytes) {
      throw new AppError(
        "DOSSIER_TOO_LARGE",
        `Tổng dung lượng hồ sơ vượt quá ${Math.round(dossier.procedure.maxDossierBytes / 1048576)} MB.`,
      );
    }
    return tx.attachment.create({
      data: { ...source, dossierId: dossier.id, componentId: input.componentId, uploadedById: actor.userId },
      select: { id: true, fileName: true, sizeBytes: true, mimeType: true, componentId: true },
    });
  });
}
