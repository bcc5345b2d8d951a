import "server-only";
import { rolesIn, type Actor } from "../auth/actor";
import { db } from "../db";
import { competentAgencyScope } from "../dossiers/access";
import { env } from "../env";
import { AppError, notFound } from "../errors";
import type { DossierStatus, StaffRole } from "../generated/prisma/enums";
import { SNIFF_BYTES } from "../files/file-type";
import { inspectUpload } from "../files/inspect-upload";
import { fileTooLarge } from "../files/limits";
import { commitFile, removeStored, streamToTemp, type ByteStream } from "../files/storage";

/**
 * The competent agency attaches the electronic result (a PDF; the signed result in
 * production) while processing. The citizen downloads it once the result is issued, and it
 * joins their document store (docs/domain.md §5.5; once-only, NĐ 118/2025 Art. 4(2a)).
 */
/** Why the actor may not attach a result now, or null: the competent agency's specialists and leaders, while it is processed. */
export function resultUploadRefusal(status: DossierStatus, roles: readonly StaffRole[]): AppError | null {
  if (!roles.some((r) => r === "SPECIALIST" || r === "LEADER")) return notFound();
  if (status !== "PROCESSING")
    return new AppError("TRANSITION_NOT_ALLOWED", "Chỉ đính kèm kết quả khi hồ sơ đang được xử lý.");
  return null;
}

export async function uploadResult(
  actor: Actor,
  input: { dossierId: string; fileName: string; declaredBytes: number | null; body: ByteStream },
) {
  const dossier = await db.dossier.findFirst({
    where: { AND: [{ id: input.dossierId }, competentAgencyScope(actor)] },
    select: { id: true, status: true, agencyId: true },
  });
  if (!dossier) throw notFound();
  const refusal = resultUploadRefusal(dossier.status, rolesIn(actor, dossier.agencyId));
  if (refusal) throw refusal;
  if (input.declaredBytes !== null && input.declaredBytes > env.UPLOAD_MAX_FILE_BYTES)
    throw fileTooLarge(env.UPLOAD_MAX_FILE_BYTES);

  const { file } = await inspectUpload(await streamToTemp(input.body, env.UPLOAD_MAX_FILE_BYTES, SNIFF_BYTES), {
    types: ["application/pdf"],
    wrongType: () => new AppError("FILE_TYPE_NOT_ALLOWED", "Kết quả giải quyết phải là tệp PDF."),
  });
  const key = await commitFile(file);
  try {
    return await db.attachment.create({
      data: {
        dossierId: dossier.id,
        kind: "RESULT",
        fileName: input.fileName.replace(/[\\/\u0000-\u001f"<>|:*?]/g, "_").slice(0, 200) || "ket-qua.pdf",
        mimeType: "application/pdf",
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
