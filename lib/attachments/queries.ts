import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { dossierScope } from "../dossiers/access";
import { recordDossierAccess } from "../dossiers/access-log";
import { notFound } from "../errors";
import { walkInDraftScope } from "../dossiers/walk-in-access";

/** An attachment the actor may read: one of their own dossiers, their agency's, or a walk-in draft at their counter. */
export async function getAttachmentForActor(actor: Actor, attachmentId: string) {
  const a = await db.attachment.findFirst({
    where: { id: attachmentId, dossier: { OR: [dossierScope(actor), walkInDraftScope(actor)] } },
    select: {
      fileName: true,
      mimeType: true,
      storageKey: true,
      dossier: { select: { id: true, applicantId: true, agencyId: true, receivingAgencyId: true } },
    },
  });
  if (!a) throw notFound("Không tìm thấy tệp.");
  await recordDossierAccess(actor, a.dossier, "DOWNLOAD");
  return a;
}
