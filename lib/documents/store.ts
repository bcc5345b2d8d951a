import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";

// The citizen's document store (kho dữ liệu điện tử, NĐ 45/2020 as amended): every file they uploaded
// and every result they received, reusable in a new dossier without uploading again
// (once-only). A stored file may back several attachments; it belongs to the person.

/** Attachments whose file is in the actor's store. */
export function storeScope(actor: Actor): Prisma.AttachmentWhereInput {
  return {
    OR: [
      // Only the person's own dossiers: an officer's scans of a walk-in dossier are not theirs.
      { uploadedById: actor.userId, kind: "APPLICATION", dossier: { applicantId: actor.userId } },
      { kind: "RESULT", dossier: { applicantId: actor.userId } },
    ],
  };
}

export type StoredDocument = {
  attachmentId: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  createdAt: Date;
  kind: "APPLICATION" | "RESULT";
  procedureName: string;
  dossierCode: string | null;
};

/** One entry per stored file (the most recent use of it), newest first. */
export async function listMyDocuments(actor: Actor): Promise<StoredDocument[]> {
  const rows = await db.attachment.findMany({
    where: storeScope(actor),
    orderBy: { createdAt: "desc" },
    take: 500,
    select: {
      id: true,
      storageKey: true,
      fileName: true,
      mimeType: true,
      sizeBytes: true,
      createdAt: true,
      kind: true,
      dossier: { select: { code: true, procedure: { select: { name: true } } } },
    },
  });
  const seen = new Set<string>();
  const documents: StoredDocument[] = [];
  for (const r of rows) {
    if (seen.has(r.storageKey)) continue;
    seen.add(r.storageKey);
    documents.push({
      attachmentId: r.id,
      fileName: r.fileName,
      mimeType: r.mimeType,
      sizeBytes: r.sizeBytes,
      createdAt: r.createdAt,
      kind: r.kind as StoredDocument["kind"],
      procedureName: r.dossier.procedure.name,
      dossierCode: r.dossier.code,
    });
  }
  return documents;
}

/** The store as a list to choose from when a paper is asked: the file and the procedure it was for. */
export async function listStoreChoices(actor: Actor): Promise<{ id: string; label: string }[]> {
  const documents = await listMyDocuments(actor);
  return documents.map((d) => ({ id: d.attachmentId, label: `${d.fileName} — ${d.procedureName}` }));
}
