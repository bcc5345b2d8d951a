import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { uploadAttachment } from "../../lib/attachments/upload-attachment";
import type { Actor } from "../../lib/auth/actor";
import { db } from "../../lib/db";
import { reuseDocument } from "../../lib/documents/reuse-document";
import { createDraft } from "../../lib/dossiers/commands/create-draft";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { answerSupplement } from "../../lib/supplements/answer-supplement";
import { requestSupplement } from "../../lib/supplements/request-supplement";
import { actorByPersonalId, seedCitizen, seedCompleteDraft } from "../support/seed-helpers";

// The answer to a request to supplement takes a paper from the citizen's document store as the
// filing wizard does (once-only), under the upload's rules: only the items asked, only the
// citizen's own store, nothing stored when refused.

const COUNTER = "072085100001";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

/** A file in the citizen's store: uploaded, through the inspection, to a draft of theirs. */
async function storedDocument(citizen: Actor, fileName: string) {
  const agency = await db.agency.findUniqueOrThrow({ where: { code: "000.21.01.H80" } });
  const dossierId = await createDraft(citizen, { procedureCode: "1.001193", agencyId: agency.id });
  const component = await db.documentComponent.findFirstOrThrow({
    where: { procedure: { code: "1.001193" }, required: true },
    orderBy: { sortOrder: "asc" },
  });
  return uploadAttachment(citizen, {
    dossierId,
    componentId: component.id,
    fileName,
    declaredBytes: PDF.length,
    body: Readable.from([PDF]),
  });
}

/** A submitted dossier of the citizen for which the counter asks one listed paper again. */
async function waitingForSupplement(citizen: Actor) {
  const id = await seedCompleteDraft(citizen);
  await submitDossier(citizen, id);
  const component = await db.documentComponent.findFirstOrThrow({
    where: { procedure: { code: "1.001193" }, required: true },
    orderBy: { sortOrder: "asc" },
  });
  await requestSupplement(await actorByPersonalId(COUNTER), id, {
    items: [{ label: "Giấy xác nhận cư trú", reason: "Cần để xác định nơi đăng ký" }],
    version: 1,
  });
  const item = await db.supplementItem.findFirstOrThrow({
    where: { request: { dossierId: id } },
    select: { id: true },
  });
  return { id, itemId: item.id, componentId: component.id };
}

const version = async (id: string) =>
  (await db.dossier.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

describe("answering a request to supplement with a paper from the document store", () => {
  it("attaches the citizen's stored paper to the item asked, and the answer is accepted", async () => {
    const citizen = await seedCitizen();
    const stored = await storedDocument(citizen, "xac-nhan-cu-tru.pdf");
    const { id, itemId } = await waitingForSupplement(citizen);

    const reused = await reuseDocument(citizen, {
      dossierId: id,
      supplementItemId: itemId,
      sourceAttachmentId: stored.id,
    });
    expect(reused).toMatchObject({ fileName: "xac-nhan-cu-tru.pdf", sizeBytes: PDF.length });
    const row = await db.attachment.findUniqueOrThrow({
      where: { id: reused.id },
      select: { dossierId: true, supplementItemId: true, storageKey: true, uploadedById: true },
    });
    const source = await db.attachment.findUniqueOrThrow({ where: { id: stored.id }, select: { storageKey: true } });
    // The same stored file, not a second copy.
    expect(row).toEqual({
      dossierId: id,
      supplementItemId: itemId,
      storageKey: source.storageKey,
      uploadedById: citizen.userId,
    });

    // The same paper twice for the same item is refused.
    await expect(
      reuseDocument(citizen, { dossierId: id, supplementItemId: itemId, sourceAttachmentId: stored.id }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", message: "Giấy tờ này đã được đính kèm vào thành phần hồ sơ." });

    await answerSupplement(citizen, id, { version: await version(id) });
    expect((await db.dossier.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
    const answered = await db.supplementItem.findUniqueOrThrow({ where: { id: itemId }, select: { answeredAt: true } });
    expect(answered.answeredAt).not.toBeNull();
  });

  it("never attaches another person's stored document, stores nothing, and the answer stays refused", async () => {
    const citizen = await seedCitizen();
    const stranger = await seedCitizen("Người Khác");
    const strangers = await storedDocument(stranger, "so-do-cua-nguoi-khac.pdf");
    const { id, itemId } = await waitingForSupplement(citizen);

    await expect(
      reuseDocument(citizen, { dossierId: id, supplementItemId: itemId, sourceAttachmentId: strangers.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: "Không tìm thấy giấy tờ trong kho dữ liệu của bạn." });
    expect(await db.attachment.count({ where: { supplementItemId: itemId } })).toBe(0);
    await expect(answerSupplement(citizen, id, { version: await version(id) })).rejects.toMatchObject({
      code: "MISSING_DOCUMENTS",
      message: "Còn thiếu giấy tờ bổ sung: Giấy xác nhận cư trú.",
    });
    expect((await db.dossier.findUniqueOrThrow({ where: { id } })).status).toBe("SUPPLEMENT_REQUESTED");

    // Nor can the stranger answer, with their own paper, the citizen's request.
    await expect(
      reuseDocument(stranger, { dossierId: id, supplementItemId: itemId, sourceAttachmentId: strangers.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.attachment.count({ where: { dossierId: id, supplementItemId: { not: null } } })).toBe(0);
  });

  it("while a supplement is awaited, adds nothing to papers that were not asked", async () => {
    const citizen = await seedCitizen();
    const stored = await storedDocument(citizen, "giay-to-khac.pdf");
    const { id, componentId } = await waitingForSupplement(citizen);
    const before = await db.attachment.count({ where: { dossierId: id } });

    await expect(
      reuseDocument(citizen, { dossierId: id, componentId, sourceAttachmentId: stored.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const otherRequestItem = (await waitingForSupplement(citizen)).itemId;
    await expect(
      reuseDocument(citizen, { dossierId: id, supplementItemId: otherRequestItem, sourceAttachmentId: stored.id }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", message: "Giấy tờ này không nằm trong yêu cầu bổ sung." });
    expect(await db.attachment.count({ where: { dossierId: id } })).toBe(before);
  });
});
