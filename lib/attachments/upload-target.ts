import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import type { Tx } from "../db/create-client";
import { env } from "../env";
import { AppError, notFound } from "../errors";
import type { SizeRoom } from "./limits";

/** A component of a dossier the actor may attach files to, with the room left in it. */
export type UploadTarget = SizeRoom & { dossierId: string; componentId: string };

/**
 * The one ownership rule for uploads, shared by every upload route: the applicant's own
 * dossier, still editable (a draft, or waiting for a supplement), and a component of its
 * procedure. Others' dossiers are "not found", so their existence is not revealed.
 */
export async function loadUploadTarget(actor: Actor, dossierId: string, componentId: string, client: Tx = db): Promise<UploadTarget> {
  const dossier = await client.dossier.findFirst({
    where: { id: dossierId, applicantId: actor.userId, status: { in: ["DRAFT", "SUPPLEMENT_REQUESTED"] } },
    select: {
      id: true,
      procedure: { select: { maxDossierBytes: true, components: { where: { id: componentId }, select: { id: true } } } },
      attachments: { select: { sizeBytes: true } },
    },
  });
  if (!dossier) throw notFound();
  if (dossier.procedure.components.length === 0) throw new AppError("INVALID_INPUT", "Thành phần hồ sơ không thuộc thủ tục này.");
  return {
    dossierId: dossier.id,
    componentId,
    maxFileBytes: env.UPLOAD_MAX_FILE_BYTES,
    maxDossierBytes: dossier.procedure.maxDossierBytes,
    usedBytes: dossier.attachments.reduce((sum, a) => sum + a.sizeBytes, 0),
  };
}
