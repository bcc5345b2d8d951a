import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { isImageMime, reencodeImage } from "../images/reencode";
import { SNIFF_BYTES } from "../files/file-type";
import { inspectUpload } from "../files/inspect-upload";
import { checkFileSize } from "../files/limits";
import { commitFile, discardFile, removeStored, rewriteFile, type InspectedFile } from "../files/storage";
import { loadUploadTarget, type UploadSlot } from "./upload-target";

export type AttachInput = { dossierId: string; slot: UploadSlot; fileName: string; file: InspectedFile };
export type AttachedFile = {
  id: string;
  fileName: string;
  sizeBytes: number;
  mimeType: string;
  componentId: string | null;
};

/**
 * The last step of every upload route, once the whole file is on disk: the inspection of every
 * upload (malware scan, type by content, active content: lib/files/inspect-upload.ts), images are
 * re-encoded without metadata, the file moves into the store and the row is written. Nothing is
 * kept when any check fails. Checks made when the upload started are repeated under a lock on the
 * dossier row: a resumable upload can take hours, and two uploads finishing together must not both
 * use the last room in the dossier.
 */
export async function attachFile(actor: Actor, input: AttachInput): Promise<AttachedFile> {
  const inspected = await inspectUpload(input.file);
  const mime = inspected.mime;
  let file = inspected.file;
  let key: string;
  try {
    // Photos lose their EXIF (GPS position, phone, time) before anything is stored; the size
    // and hash that the row records are those of the re-encoded file.
    if (isImageMime(mime)) file = await rewriteFile(file, SNIFF_BYTES, (from, to) => reencodeImage(from, to, mime));
    key = await commitFile(file);
  } catch (e) {
    await discardFile(file.path);
    throw e;
  }
  try {
    return await db.$transaction(async (tx) => {
      // Who may attach is loadUploadTarget's decision, taken under this lock; only dossiers the
      // actor was already allowed to upload to get here (the upload's start checked the same rule).
      await tx.$queryRaw`SELECT "id" FROM "Dossier" WHERE "id" = ${input.dossierId} FOR UPDATE`;
      const target = await loadUploadTarget(actor, input.dossierId, input.slot, tx);
      checkFileSize(target, file.sizeBytes);
      return tx.attachment.create({
        data: {
          dossierId: target.dossierId,
          componentId: target.componentId,
          supplementItemId: target.supplementItemId,
          fileName: sanitizeFileName(input.fileName, mime),
          mimeType: mime,
          sizeBytes: file.sizeBytes,
          sha256: file.sha256,
          storageKey: key,
          uploadedById: actor.userId,
        },
        select: { id: true, fileName: true, sizeBytes: true, mimeType: true, componentId: true },
      });
    });
  } catch (e) {
    await removeStored(key);
    throw e;
  }
}

function sanitizeFileName(name: string, mime: string): string {
  const cleaned = name
    .normalize("NFC")
    .replace(/[\\/\u0000-\u001f"<>|:*?]/g, "_")
    .trim()
    .slice(0, 200);
  return cleaned || `tep.${mime.split("/")[1]}`;
}
