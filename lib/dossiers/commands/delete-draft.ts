import "server-only";
import type { Actor } from "../../auth/actor";
import { removeStored } from "../../files/storage";
import { db } from "../../db";
import { notFound } from "../../errors";

/** The applicant discards their own draft; its files go too unless reused elsewhere. */
export async function deleteDraft(actor: Actor, dossierId: string) {
  const dossier = await db.dossier.findFirst({
    where: { id: dossierId, applicantId: actor.userId, status: "DRAFT" },
    select: { id: true, attachments: { select: { storageKey: true } } },
  });
  if (!dossier) throw notFound();
  await db.dossier.delete({ where: { id: dossier.id } });
  const keys = [...new Set(dossier.attachments.map((a) => a.storageKey))];
  const stillUsed = new Set(
    (await db.attachment.findMany({ where: { storageKey: { in: keys } }, select: { storageKey: true } })).map(
      (a) => a.storageKey,
    ),
  );
  for (const key of keys) if (!stillUsed.has(key)) await removeStored(key);
}
