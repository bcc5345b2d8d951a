import { PDFDocument } from "pdf-lib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { assemblePdf } from "./assemble-pdf";
import { A4 } from "./fit";

const jpeg = async (width: number, height: number) =>
  new Uint8Array(
    await sharp({ create: { width, height, channels: 3, background: "#f5f5f0" } })
      .jpeg({ quality: 80 })
      .toBuffer(),
  );

describe("assemblePdf", () => {
  it("makes one A4 page per photo, in order, turned to follow each photo", async () => {
    const photos = [await jpeg(1500, 2000), await jpeg(2000, 1500), await jpeg(1200, 1600)];
    const pdf = await PDFDocument.load(await assemblePdf(photos, "Giấy chứng sinh"));
    const sizes = pdf.getPages().map((p) => p.getSize());
    expect(sizes.map((s) => [Math.round(s.width), Math.round(s.height)])).toEqual([
      [Math.round(A4.width), Math.round(A4.height)],
      [Math.round(A4.height), Math.round(A4.width)],
      [Math.round(A4.width), Math.round(A4.height)],
    ]);
    expect(pdf.getTitle()).toBe("Giấy chứng sinh");
  });

  it("embeds the JPEGs as they are, so the PDF is about the size of the photos", async () => {
    const photos = [await jpeg(2000, 1500), await jpeg(2000, 1500)];
    const bytes = await assemblePdf(photos, "x");
    const photoBytes = photos.reduce((n, p) => n + p.length, 0);
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    expect(bytes.length).toBeGreaterThan(photoBytes);
    expect(bytes.length).toBeLessThan(photoBytes + 4096);
  });

  it("refuses to make an empty PDF", async () => {
    await expect(assemblePdf([], "x")).rejects.toThrow();
  });
});
