import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { dossierScope } from "../dossiers/access";

/** The requests to supplement of a dossier the actor may see, newest first, with their items and files. */
export async function listSupplementRequests(actor: Actor, dossierId: string) {
  return db.supplementRequest.findMany({
    where: { dossierId, dossier: dossierScope(actor) },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      stage: true,
      note: true,
      createdAt: true,
      answeredAt: true,
      requestedBy: { select: { fullName: true } },
      items: {
        orderBy: { sortOrder: "asc" },
        select: {
          id: true,
          label: true,
          reason: true,
          componentId: true,
          answeredAt: true,
          attachments: { select: { id: true, fileName: true, sizeBytes: true } },
        },
      },
    },
  });
}

export type SupplementRequestView = Awaited<ReturnType<typeof listSupplementRequests>>[number];
