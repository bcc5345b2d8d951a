import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { loadUploadTarget } from "../attachments/upload-target";
import { dossierTooLarge } from "../files/limits";
import { storeScope } from "./store";

/**
 * Attaches a document from the actor's store where they could upload a file: a component of
 * their own draft, or an item of the request to supplement of their own dossier (only the items
 * asked). The stored file is shared instead of uploaded again; it passed the upload inspection
 * (malware scan, type by content) when it first entered the store. Only the actor's own store:
 * another person's document is "not found", and nothing is written.
 */
export async function reuseDocument(
  actor: Actor,
  input: { dossierId: string; componentId?: string; supplementItemId?: string; sourceAttachmentId: string },
) {
  return db.$transaction(async (tx) => {
    const source = await tx.attachment.findFirst({
      where: { id: input.sourceAttachmentId, ...storeScope(actor) },
      select: { fileName: true, mimeType: true, sizeBytes: true, sha256: true, storageKey: true },
    });
    if (!source) throw notFound("Không tìm thấy giấy tờ trong kho dữ liệu của bạn.");
    // The same rule and lock as a finished upload (lib/attachments/attach-file.ts): who may attach
    // where, and two attachments landing together must not both use the last room in the dossier.
    await tx.$queryRaw`SELECT "id" FROM "Dossier" WHERE "id" = ${input.dossierId} FOR UPDATE`;
    const target = await loadUploadTarget(
      actor,
      input.dossierId,
      { componentId: input.componentId, supplementItemId: input.supplementItemId },
      tx,
    );
    const twice = await tx.attachment.count({
      where: {
        dossierId: target.dossierId,
        storageKey: source.storageKey,
        componentId: target.componentId,
        supplementItemId: target.supplementItemId,
      },
    });
    if (twice > 0) throw new AppError("INVALID_INPUT", "Giấy tờ này đã được đính kèm vào thành phần hồ sơ.");
    if (source.sizeBytes > target.maxDossierBytes - target.usedBytes) throw dossierTooLarge(target.maxDossierBytes);
    return tx.attachment.create({
      data: {
        ...source,
        dossierId: target.dossierId,
        componentId: target.componentId,
        supplementItemId: target.supplementItemId,
        uploadedById: actor.userId,
      },
      select: { id: true, fileName: true, sizeBytes: true, mimeType: true, componentId: true },
    });
  });
}
