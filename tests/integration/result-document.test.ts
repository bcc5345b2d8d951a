import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { getAttachmentForActor } from "../../lib/attachments/queries";
import { uploadResult } from "../../lib/attachments/upload-result";
import { db } from "../../lib/db";
import { listMyDocuments } from "../../lib/documents/store";
import { actorByPersonalId, seedProcessingDossier } from "../support/seed-helpers";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
const body = (b: Buffer) => Readable.from([b]);

describe("the electronic result", () => {
  it("is attached by the specialist and reaches the citizen's document store", async () => {
    const { citizen, id, specialist } = await seedProcessingDossier();
    const result = await uploadResult(specialist, {
      dossierId: id,
      fileName: "giay-khai-sinh.pdf",
      declaredBytes: PDF.length,
      body: body(PDF),
    });
    await expect(getAttachmentForActor(citizen, result.id)).resolves.toMatchObject({
      fileName: "giay-khai-sinh.pdf",
      mimeType: "application/pdf",
    });
    expect((await listMyDocuments(citizen)).find((d) => d.attachmentId === result.id)).toMatchObject({
      kind: "RESULT",
    });
  });

  it("is refused from the citizen, another agency, in the wrong status or not as a PDF — storing nothing", async () => {
    const { citizen, id, specialist } = await seedProcessingDossier();
    const attempt = (actor: typeof citizen, content = PDF) =>
      uploadResult(actor, { dossierId: id, fileName: "kq.pdf", declaredBytes: content.length, body: body(content) });
    await expect(attempt(citizen)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(attempt(await actorByPersonalId("072089200002"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(attempt(await actorByPersonalId("072085100001"))).rejects.toMatchObject({ code: "NOT_FOUND" }); // counter officer
    await expect(attempt(specialist, Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"))).rejects.toMatchObject({
      code: "FILE_TYPE_NOT_ALLOWED",
      message: "Kết quả giải quyết phải là tệp PDF.",
    });
    await db.dossier.update({ where: { id }, data: { status: "RETURNED" } });
    await expect(attempt(specialist)).rejects.toMatchObject({ code: "TRANSITION_NOT_ALLOWED" });
    expect(await db.attachment.count({ where: { dossierId: id, kind: "RESULT" } })).toBe(0);
  });
});
