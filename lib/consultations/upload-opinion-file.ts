import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { env } from "../env";
import { AppError, notFound } from "../errors";
import { SNIFF_BYTES } from "../files/file-type";
import { inspectUpload } from "../files/inspect-upload";
import { fileTooLarge } from "../files/limits";
import { commitFile, removeStored, streamToTemp, type ByteStream } from "../files/storage";
import { canAnswerFor } from "./answer-opinion";

const safeName = (name: string) => name.replace(/[\\/\u0000-\u001f"<>|:*?]/g, "_").slice(0, 200) || "y-kien.pdf";

/** A document of the asked agency's answer (PDF, JPEG or PNG), uploaded before the answer is sent. */
export async function uploadOpinionFile(
  actor: Actor,
  input: { consultationId: string; fileName: string; declaredBytes: number | null; body: ByteStream },
) {
  const c = await db.consultation.findUnique({
    where: { id: input.consultationId },
    select: { id: true, state: true, agencyId: true, dossierId: true },
  });
  if (!c || !canAnswerFor(actor, c.agencyId)) throw notFound();
  if (c.state !== "PENDING") throw new AppError("TRANSITION_NOT_ALLOWED", "Yêu cầu xin ý kiến này đã được trả lời.");
  if (input.declaredBytes !== null && input.declaredBytes > env.UPLOAD_MAX_FILE_BYTES)
    throw fileTooLarge(env.UPLOAD_MAX_FILE_BYTES);

  const { file, mime: mimeType } = await inspectUpload(
    await streamToTemp(input.body, env.UPLOAD_MAX_FILE_BYTES, SNIFF_BYTES),
  );
  const key = await commitFile(file);
  try {
    return await db.attachment.create({
      data: {
        dossierId: c.dossierId,
        consultationId: c.id,
        kind: "OPINION",
        fileName: safeName(input.fileName),
        mimeType,
        sizeBytes: file.sizeBytes,
        sha256: file.sha256,
        storageKey: key,
        uploadedById: actor.userId,
      },
      select: { id: true, fileName: true, sizeBytes: true },
    });
  } catch (e) {
    await removeStored(key);
    throw e;
  }
}
