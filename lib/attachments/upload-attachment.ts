import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { notFound } from "../errors";
import { walkInDraftScope } from "../dossiers/walk-in-access";
import { attachFile } from "./attach-file";
import { SNIFF_BYTES } from "../files/file-type";
import { checkFileSize, streamLimit } from "../files/limits";
import { removeStored, streamToTemp, type ByteStream } from "../files/storage";
import { loadUploadTarget, type UploadSlot } from "./upload-target";

export type UploadInput = UploadSlot & {
  dossierId: string;
  fileName: string;
  declaredBytes: number | null;
  body: ByteStream;
};

/**
 * Attaches one file, sent as one raw body, to a component of the applicant's own draft (or a
 * dossier waiting for a supplement). Limits are checked before reading when the size is
 * declared, and enforced while streaming; the content decides the type; nothing is stored
 * when any check fails. Resumable uploads (lib/attachments/tus-server.ts) share every check.
 */
export async function uploadAttachment(actor: Actor, input: UploadInput) {
  const target = await loadUploadTarget(actor, input.dossierId, input);
  if (input.declaredBytes !== null) checkFileSize(target, input.declaredBytes);
  const file = await streamToTemp(input.body, streamLimit(target), SNIFF_BYTES);
  return attachFile(actor, { dossierId: target.dossierId, slot: input, fileName: input.fileName, file });
}

/** Removes a file while the dossier is still editable: the applicant's own, or a walk-in draft at the actor's counter. */
export async function deleteAttachment(actor: Actor, attachmentId: string) {
  const attachment = await db.attachment.findFirst({
    where: {
      id: attachmentId,
      dossier: {
        OR: [{ applicantId: actor.userId, status: { in: ["DRAFT", "SUPPLEMENT_REQUESTED"] } }, walkInDraftScope(actor)],
      },
    },
    select: { id: true, storageKey: true },
  });
  if (!attachment) throw notFound("Không tìm thấy tệp.");
  await db.attachment.delete({ where: { id: attachment.id } });
  // The file may also back other attachments (documents reused from the store): keep it then.
  const stillUsed = await db.attachment.count({ where: { storageKey: attachment.storageKey } });
  if (stillUsed === 0) await removeStored(attachment.storageKey);
}
