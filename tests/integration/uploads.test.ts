import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { ReadableStream } from "node:stream/web";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { uploadAttachment } from "../../lib/attachments/upload-attachment";
import { db } from "../../lib/db";
import { seedDraftWithComponent, storedFiles } from "../support/seed-helpers";

const MINIMAL_PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);
// A real 1×1 PNG: images are decoded and re-encoded by the server, so a bare header no longer passes.
const PNG = await sharp({ create: { width: 1, height: 1, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
  .png()
  .toBuffer();

const body = (buf: Buffer) => Readable.from([buf]);
/** A request body as a route handler gets it: a web stream, in chunks of the given size (the last may fail). */
function webBody(buf: Buffer, chunkBytes: number, failAfter?: number) {
  let at = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (failAfter !== undefined && at >= failAfter) return controller.error(new Error("client went away"));
      if (at >= buf.length) return controller.close();
      controller.enqueue(new Uint8Array(buf.subarray(at, at + chunkBytes)));
      at += chunkBytes;
    },
  });
}

describe("attachment uploads", () => {
  it("stores a PDF and a PNG recognised by their content", async () => {
    const { citizen, dossierId, componentId } = await seedDraftWithComponent();
    const pdf = await uploadAttachment(citizen, {
      dossierId,
      componentId,
      fileName: "giay chung sinh.pdf",
      declaredBytes: MINIMAL_PDF.length,
      body: body(MINIMAL_PDF),
    });
    expect(pdf).toMatchObject({
      mimeType: "application/pdf",
      sizeBytes: MINIMAL_PDF.length,
      fileName: "giay chung sinh.pdf",
    });
    // The name does not decide the type: a PNG called .pdf is stored as a PNG.
    const png = await uploadAttachment(citizen, {
      dossierId,
      componentId,
      fileName: "anh.pdf",
      declaredBytes: null,
      body: body(PNG),
    });
    expect(png.mimeType).toBe("image/png");
  });

  it.each([
    ["a Windows program renamed .pdf", Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200, 1)]), "giay-to.pdf"],
    ["a text file", Buffer.from("Xin chào, đây không phải là tệp PDF."), "scan.jpg"],
    ["a ZIP archive", Buffer.from("504b0304140000000800", "hex"), "ho-so.png"],
  ])("refuses %s with a clear message and stores nothing", async (_what, content, fileName) => {
    const { citizen, dossierId, componentId } = await seedDraftWithComponent();
    const filesBefore = storedFiles();
    await expect(
      uploadAttachment(citizen, {
        dossierId,
        componentId,
        fileName,
        declaredBytes: content.length,
        body: body(content),
      }),
    ).rejects.toMatchObject({
      code: "FILE_TYPE_NOT_ALLOWED",
      message: "Tệp không đúng định dạng cho phép. Chỉ chấp nhận tệp PDF, JPEG hoặc PNG.",
    });
    expect(await db.attachment.count({ where: { dossierId } })).toBe(0);
    expect(storedFiles()).toEqual(filesBefore);
  });

  it("refuses a file over the size limit before reading it, and one that turns out larger while streaming", async () => {
    const { citizen, dossierId, componentId } = await seedDraftWithComponent();
    const filesBefore = storedFiles();
    await expect(
      uploadAttachment(citizen, {
        dossierId,
        componentId,
        fileName: "to.pdf",
        declaredBytes: 21 * 1024 * 1024,
        body: body(MINIMAL_PDF),
      }),
    ).rejects.toMatchObject({ code: "FILE_TOO_LARGE" });
    const big = Buffer.concat([MINIMAL_PDF, Buffer.alloc(20 * 1024 * 1024 + 1)]);
    await expect(
      uploadAttachment(citizen, { dossierId, componentId, fileName: "to.pdf", declaredBytes: null, body: body(big) }),
    ).rejects.toMatchObject({
      code: "FILE_TOO_LARGE",
      message: expect.stringContaining("20 MB"),
    });
    expect(await db.attachment.count({ where: { dossierId } })).toBe(0);
    expect(storedFiles()).toEqual(filesBefore);
  });

  it("leaves no temporary file behind when a body is refused before its file is even open", async () => {
    const { citizen, dossierId, componentId } = await seedDraftWithComponent();
    const filesBefore = storedFiles();
    // One chunk over the limit fails at once, while the temporary file is still being opened:
    // the clean-up must wait for the file stream to close before it deletes the file.
    const big = Buffer.concat([MINIMAL_PDF, Buffer.alloc(20 * 1024 * 1024 + 1)]);
    for (let i = 0; i < 10; i++) {
      await expect(
        uploadAttachment(citizen, { dossierId, componentId, fileName: "to.pdf", declaredBytes: null, body: body(big) }),
      ).rejects.toMatchObject({ code: "FILE_TOO_LARGE" });
    }
    expect(storedFiles()).toEqual(filesBefore);
  });

  it("stores a request body that arrives in many small chunks byte for byte, with its size and SHA-256", async () => {
    const { citizen, dossierId, componentId } = await seedDraftWithComponent();
    // A scan-like PDF, 3 MB of image data in a stream object (bytes outside any object would make
    // it unreadable, lib/files/pdf-active-content.ts). The type is read from the first bytes, which
    // here span several chunks.
    const image = Buffer.alloc(3 * 1024 * 1024 + 123, 7);
    const scan = Buffer.concat([
      Buffer.from(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n" +
          `3 0 obj<</Type/XObject/Subtype/Image/Filter/DCTDecode/Length ${image.length}>>stream\n`,
      ),
      image,
      Buffer.from("\nendstream\nendobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"),
    ]);
    const uploaded = await uploadAttachment(citizen, {
      dossierId,
      componentId,
      fileName: "scan.pdf",
      declaredBytes: null,
      body: webBody(scan, 1000),
    });
    const row = await db.attachment.findUniqueOrThrow({
      where: { id: uploaded.id },
      select: { sizeBytes: true, sha256: true, storageKey: true, mimeType: true },
    });
    expect(row).toMatchObject({
      sizeBytes: scan.length,
      sha256: createHash("sha256").update(scan).digest("hex"),
      mimeType: "application/pdf",
    });
    const onDisk = storedFiles().find((f) => f.endsWith(row.storageKey));
    expect(onDisk && readFileSync(onDisk).equals(scan)).toBe(true);
  });

  it("keeps nothing of a request body that is too large or breaks off while streaming", async () => {
    const { citizen, dossierId, componentId } = await seedDraftWithComponent();
    const filesBefore = storedFiles();
    const big = Buffer.concat([MINIMAL_PDF, Buffer.alloc(20 * 1024 * 1024 + 1)]);
    await expect(
      uploadAttachment(citizen, {
        dossierId,
        componentId,
        fileName: "to.pdf",
        declaredBytes: null,
        body: webBody(big, 64 * 1024),
      }),
    ).rejects.toMatchObject({ code: "FILE_TOO_LARGE" });
    await expect(
      uploadAttachment(citizen, {
        dossierId,
        componentId,
        fileName: "dut.pdf",
        declaredBytes: null,
        body: webBody(big, 64 * 1024, 2 * 1024 * 1024),
      }),
    ).rejects.toThrow("client went away");
    expect(await db.attachment.count({ where: { dossierId } })).toBe(0);
    expect(storedFiles()).toEqual(filesBefore);
  });

  it("refuses a component of another procedure", async () => {
    const { citizen, dossierId } = await seedDraftWithComponent();
    const foreign = await db.documentComponent.findFirstOrThrow({
      where: { procedure: { code: { not: "1.001193" } } },
    });
    await expect(
      uploadAttachment(citizen, {
        dossierId,
        componentId: foreign.id,
        fileName: "a.pdf",
        declaredBytes: MINIMAL_PDF.length,
        body: body(MINIMAL_PDF),
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await db.attachment.count({ where: { dossierId } })).toBe(0);
  });
});
