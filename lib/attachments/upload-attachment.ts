import "server-only";
import type { Readable } from "node:stream";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { env } from "../env";
import { AppError, notFound } from "../errors";
import { detectAllowedType, SNIFF_BYTES } from "./file-type";
import { commitTemp, discardTemp, removeStored, streamToTemp } from "./storage";

export type UploadInput = { dossierId: string; componentId: string; fileName: string; declaredBytes: number | null; body: Readable };

const MB = 1048576;

/**
 * Attaches one file to a component of the applicant's own draft (or a dossier waiting for a
 * supplement). Limits are checked before reading when the size is declared, and enforced while
 * streaming; the content decides the type; nothing is stored when any check fails.
 */
export async function uploadAttachment(actor: Actor, input: UploadInput) {
  const dossier = await db.dossier.findFirst({
    where: { id: input.dossierId, applicantId: actor.userId, status: { in: ["DRAFT", "SUPPLEMENT_REQUESTED"] } },
    select: {
      id: true,
      procedure: { select: { maxDossierBytes: true, components: { where: { id: input.componentId }, select: { id: true } } } },
      attachments: { select: { sizeBytes: true } },
    },
  });
  if (!dossier) throw notFound();
  if (dossier.procedure.components.length === 0) throw new AppError("INVALID_INPUT", "Thành phần hồ sơ không thuộc thủ tục này.");

  const used = dossier.attachments.reduce((sum, a) => sum + a.sizeBytes, 0);
  const roomInDossier = dossier.procedure.maxDossierBytes - used;
  const limit = Math.min(env.UPLOAD_MAX_FILE_BYTES, roomInDossier);
  if (input.declaredBytes !== null && input.declaredBytes > env.UPLOAD_MAX_FILE_BYTES) {
    throw new AppError("FILE_TOO_LARGE", `Tệp vượt quá dung lượng cho phép (${Math.round(env.UPLOAD_MAX_FILE_BYTES / MB)} MB).`);
  }
  if (input.declaredBytes !== null && input.declaredBytes > roomInDossier) {
    throw new AppError("DOSSIER_TOO_LARGE", `Tổng dung lượng hồ sơ vượt quá ${Math.round(dossier.procedure.maxDossierBytes / MB)} MB.`);
  }
  if (input.declaredBytes === 0) throw new AppError("INVALID_INPUT", "Tệp rỗng.");

  const temp = await streamToTemp(input.body, limit, SNIFF_BYTES);
  const mime = await detectAllowedType(temp.head);
  if (!mime) {
    await discardTemp(temp.tempPath);
    throw new AppError("FILE_TYPE_NOT_ALLOWED", "Tệp không đúng định dạng cho phép. Chỉ chấp nhận tệp PDF, JPEG hoặc PNG.");
  }
  const key = await commitTemp(temp.tempPath);
  try {
    return await db.attachment.create({
      data: {
        dossierId: dossier.id,
        componentId: input.componentId,
        fileName: sanitizeFileName(input.fileName, mime),
        mimeType: mime,
        sizeBytes: temp.sizeBytes,
        sha256: temp.sha256,
        storageKey: key,
        uploadedById: actor.userId,
      },
      select: { id: true, fileName: true, sizeBytes: true, mimeType: true, componentId: true },
    });
  } catch (e) {
    await removeStored(key);
    throw e;
  }
}

function sanitizeFileName(name: string, mime: string): string {
  const cleaned = name.normalize("NFC").replace(/[\\/\u0000-\u001f"<>|:*?]/g, "_").trim().slice(0, 200);
  return cleaned || `tep.${mime.split("/")[1]}`;
}

/** Removes one of the applicant's own uploads while the dossier is still editable. */
export async function deleteAttachment(actor: Actor, attachmentId: string) {
  const attachment = await db.attachment.findFirst({
    where: { id: attachmentId, dossier: { applicantId: actor.userId, status: { in: ["DRAFT", "SUPPLEMENT_REQUESTED"] } } },
    select: { id: true, storageKey: true },
  });
  if (!attachment) throw notFound("Không tìm thấy tệp.");
  await db.attachment.delete({ where: { id: attachment.id } });
  // The file may also back other attachments (documents reused from the store): keep it then.
  const stillUsed = await db.attachment.count({ where: { storageKey: attachment.storageKey } });
  if (stillUsed === 0) await removeStored(attachment.storageKey);
}
