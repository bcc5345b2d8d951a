import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { dossierScope } from "../dossiers/access";
import { notFound } from "../errors";

/** An attachment the actor may read: one of their own dossiers, or their agency's. */
export async function getAttachmentForActor(actor: Actor, attachmentId: string) {
  const a = await db.attachment.findFirst({
    where: { id: attachmentId, dossier: dossierScope(actor) },
    select: { fileName: true, mimeType: true, storageKey: true },
  });
  if (!a) throw notFound("Không tìm thấy tệp.");
  return a;
}
