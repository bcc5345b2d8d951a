import { existsSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { deleteAttachment, uploadAttachment } from "../../lib/attachments/upload-attachment";
import { db } from "../../lib/db";
import { listMyDocuments } from "../../lib/documents/store";
import { reuseDocument } from "../../lib/documents/reuse-document";
import { createDraft } from "../../lib/dossiers/commands/create-draft";
import { seedCitizen } from "../support/seed-helpers";
import type { Actor } from "../../lib/auth/actor";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

async function draftFor(actor: Actor) {
  const agency = await db.agency.findUniqueOrThrow({ where: { code: "000.21.01.H80" } });
  const dossierId = await createDraft(actor, { procedureCode: "1.001193", agencyId: agency.id });
  const component = await db.documentComponent.findFirstOrThrow({
    where: { procedure: { code: "1.001193" }, required: true },
    orderBy: { sortOrder: "asc" },
  });
  return { dossierId, componentId: component.id };
}

const fileOf = (key: string) => path.join(path.resolve(process.env.STORAGE_DIR!), "files", key.slice(0, 2), key);

describe("document store (once-only)", () => {
  it("lists a citizen's uploads and attaches one to a new dossier without uploading again", async () => {
    const citizen = await seedCitizen();
    const first = await draftFor(citizen);
    const uploaded = await uploadAttachment(citizen, {
      ...first,
      fileName: "can-cuoc.pdf",
      declaredBytes: PDF.length,
      body: Readable.from([PDF]),
    });

    const store = await listMyDocuments(citizen);
    expect(store.map((d) => d.attachmentId)).toEqual([uploaded.id]);

    const second = await draftFor(citizen);
    const reused = await reuseDocument(citizen, { ...second, sourceAttachmentId: uploaded.id });
    expect(reused).toMatchObject({ fileName: "can-cuoc.pdf", sizeBytes: PDF.length, componentId: second.componentId });
    const rows = await db.attachment.findMany({
      where: { id: { in: [uploaded.id, reused.id] } },
      select: { storageKey: true },
    });
    expect(new Set(rows.map((r) => r.storageKey)).size).toBe(1);
    expect(await listMyDocuments(citizen)).toHaveLength(1); // one stored file, used twice

    // Deleting one use keeps the file for the other.
    await deleteAttachment(citizen, reused.id);
    expect(existsSync(fileOf(rows[0].storageKey))).toBe(true);
    await deleteAttachment(citizen, uploaded.id);
    expect(existsSync(fileOf(rows[0].storageKey))).toBe(false);
  });

  it("never reaches another citizen's documents or drafts, and stores nothing when refused", async () => {
    const owner = await seedCitizen();
    const other = await seedCitizen();
    const ownerDraft = await draftFor(owner);
    const uploaded = await uploadAttachment(owner, {
      ...ownerDraft,
      fileName: "so-do.pdf",
      declaredBytes: PDF.length,
      body: Readable.from([PDF]),
    });
    const otherDraft = await draftFor(other);

    expect(await listMyDocuments(other)).toEqual([]);
    await expect(reuseDocument(other, { ...otherDraft, sourceAttachmentId: uploaded.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(reuseDocument(owner, { ...otherDraft, sourceAttachmentId: uploaded.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const foreignComponent = await db.documentComponent.findFirstOrThrow({
      where: { procedure: { code: { not: "1.001193" } } },
    });
    const second = await draftFor(owner);
    await expect(
      reuseDocument(owner, {
        dossierId: second.dossierId,
        componentId: foreignComponent.id,
        sourceAttachmentId: uploaded.id,
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await db.attachment.count({ where: { dossierId: { in: [otherDraft.dossierId, second.dossierId] } } })).toBe(
      0,
    );
  });
});
