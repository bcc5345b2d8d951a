import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { markPaperSubmission, unmarkPaperSubmission } from "../../lib/attachments/paper-submission";
import { db } from "../../lib/db";
import { createDraft } from "../../lib/dossiers/commands/create-draft";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { seedCitizen, validAnswers } from "../support/seed-helpers";

async function constructionDraft() {
  const citizen = await seedCitizen();
  const drawings = await db.documentComponent.findFirstOrThrow({
    where: { paperAllowed: true },
    select: { id: true, procedure: { select: { code: true, agencies: { select: { agencyId: true }, take: 1 } } } },
  });
  const dossierId = await createDraft(citizen, {
    procedureCode: drawings.procedure.code,
    agencyId: drawings.procedure.agencies[0].agencyId,
  });
  return { citizen, dossierId, drawingsId: drawings.id, procedureCode: drawings.procedure.code };
}

describe("components handed in on paper (nộp bản giấy)", () => {
  it("count as provided when the dossier is submitted", async () => {
    const { citizen, dossierId, drawingsId, procedureCode } = await constructionDraft();
    await db.dossier.update({ where: { id: dossierId }, data: { formData: await validAnswers(procedureCode) } });
    const others = await db.documentComponent.findMany({
      where: { procedure: { code: procedureCode }, required: true, id: { not: drawingsId } },
      select: { id: true },
    });
    await db.attachment.createMany({
      data: others.map((c) => ({
        dossierId,
        componentId: c.id,
        fileName: "a.pdf",
        mimeType: "application/pdf",
        sizeBytes: 10,
        sha256: "0".repeat(64),
        storageKey: randomUUID(),
        uploadedById: citizen.userId,
      })),
    });

    await expect(submitDossier(citizen, dossierId)).rejects.toMatchObject({ code: "MISSING_DOCUMENTS" });
    await markPaperSubmission(citizen, {
      dossierId,
      componentId: drawingsId,
      summary: "02 bộ bản vẽ A1: mặt bằng, mặt đứng, mặt cắt; 14 tờ",
    });
    await expect(submitDossier(citizen, dossierId)).resolves.toMatchObject({ code: expect.any(String) });
  });

  it("refuses an empty summary, a component that must be scanned, and someone else's draft — storing nothing", async () => {
    const { citizen, dossierId, drawingsId, procedureCode } = await constructionDraft();
    const other = await seedCitizen();
    const scanned = await db.documentComponent.findFirstOrThrow({
      where: { procedure: { code: procedureCode }, paperAllowed: false },
    });
    await expect(
      markPaperSubmission(citizen, { dossierId, componentId: drawingsId, summary: "  " }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", message: "Vui lòng tóm tắt nội dung giấy tờ sẽ nộp bản giấy." });
    await expect(
      markPaperSubmission(citizen, { dossierId, componentId: scanned.id, summary: "x" }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", message: "Giấy tờ này phải nộp bản điện tử." });
    await expect(
      markPaperSubmission(other, { dossierId, componentId: drawingsId, summary: "x" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(unmarkPaperSubmission(other, { dossierId, componentId: drawingsId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.paperSubmission.count({ where: { dossierId } })).toBe(0);

    await markPaperSubmission(citizen, { dossierId, componentId: drawingsId, summary: "Bản vẽ" });
    await unmarkPaperSubmission(citizen, { dossierId, componentId: drawingsId });
    expect(await db.paperSubmission.count({ where: { dossierId } })).toBe(0);
  });
});
