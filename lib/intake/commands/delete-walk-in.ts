import "server-only";
import type { Actor } from "../../auth/actor";
import { removeStored } from "../../files/storage";
import { db } from "../../db";
import { notFound } from "../../errors";
import { walkInDraftScope } from "../../dossiers/walk-in-access";

/** The counter discards a walk-in draft it will not receive (the person left); its scans go too. */
export async function deleteWalkIn(actor: Actor, dossierId: string) {
  const dossier = await db.dossier.findFirst({
    where: { id: dossierId, ...walkInDraftScope(actor) },
    select: { id: true, attachments: { select: { storageKey: true } } },
  });
  if (!dossier) throw notFound();
  const deleted = await db.dossier.deleteMany({ where: { id: dossier.id, ...walkInDraftScope(actor) } });
  if (deleted.count !== 1) throw notFound();
  const keys = [...new Set(dossier.attachments.map((a) => a.storageKey))];
  const stillUsed = new Set(
    (await db.attachment.findMany({ where: { storageKey: { in: keys } }, select: { storageKey: true } })).map(
      (a) => a.storageKey,
    ),
  );
  for (const key of keys) if (!stillUsed.has(key)) await removeStored(key);
}
