import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { uploadAttachment } from "../../lib/attachments/upload-attachment";
import { db } from "../../lib/db";
import { seedDraftWithComponent, storedFiles } from "../support/seed-helpers";

// Every JPEG/PNG is re-encoded by the server before it is stored (lib/images/reencode.ts):
// no EXIF/GPS survives, sideways photos are turned upright, the row describes the stored bytes.

const PHONE = "Tay Ninh Test Phone";
const exif = {
  IFD0: { Make: PHONE, Model: "DVC-1" },
  IFD3: {
    GPSLatitudeRef: "N",
    GPSLatitude: "11/1 18/1 3600/100",
    GPSLongitudeRef: "E",
    GPSLongitude: "106/1 5/1 4200/100",
  },
};

/** Random pixels, so that the encoded file is not trivially small and truncation hits image data. */
const noise = (width: number, height: number) =>
  sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } });

/** A photo as a phone writes it: landscape pixels, EXIF orientation 6 ("rotate 90°"), GPS. */
const phoneJpeg = () => noise(300, 200).jpeg({ quality: 90 }).withMetadata({ orientation: 6, exif }).toBuffer();

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");
const storedPath = (key: string) => path.join(path.resolve(process.env.STORAGE_DIR!), "files", key.slice(0, 2), key);
const body = (buf: Buffer) => Readable.from([buf]);

async function upload(content: Buffer, fileName: string) {
  const { citizen, dossierId, componentId } = await seedDraftWithComponent();
  const attachment = await uploadAttachment(citizen, {
    dossierId,
    componentId,
    fileName,
    declaredBytes: content.length,
    body: body(content),
  });
  const row = await db.attachment.findUniqueOrThrow({
    where: { id: attachment.id },
    select: { sizeBytes: true, sha256: true, storageKey: true, mimeType: true },
  });
  const stored = readFileSync(storedPath(row.storageKey));
  return { attachment, row, stored };
}

describe("server re-encoding of images", () => {
  it("strips EXIF and GPS from a JPEG, turns it upright, and records the stored file's size and hash", async () => {
    const photo = await phoneJpeg();
    expect((await sharp(photo).metadata()).exif?.toString("latin1")).toContain(PHONE); // the fixture does carry EXIF

    const { attachment, row, stored } = await upload(photo, "anh chup.jpg");
    const meta = await sharp(stored).metadata();
    expect(meta).toMatchObject({ format: "jpeg", width: 200, height: 300 });
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(stored.includes(Buffer.from(PHONE))).toBe(false);
    expect(row).toMatchObject({ mimeType: "image/jpeg", sizeBytes: stored.length, sha256: sha256(stored) });
    expect(attachment).toMatchObject({ fileName: "anh chup.jpg", mimeType: "image/jpeg", sizeBytes: stored.length });
    expect(row.sha256).not.toBe(sha256(photo));
  });

  it("keeps a PNG a PNG, without its metadata", async () => {
    const png = await noise(64, 48).png().withMetadata({ exif }).toBuffer();
    expect((await sharp(png).metadata()).exif).toBeDefined();

    const { row, stored } = await upload(png, "so-ho-khau.png");
    const meta = await sharp(stored).metadata();
    expect(meta).toMatchObject({ format: "png", width: 64, height: 48 });
    expect(meta.exif).toBeUndefined();
    expect(row).toMatchObject({ mimeType: "image/png", sizeBytes: stored.length, sha256: sha256(stored) });
  });

  it("caps the long side at 4000 px, keeping the proportions", async () => {
    const wide = await sharp({ create: { width: 6000, height: 300, channels: 3, background: "#ffffff" } })
      .jpeg()
      .toBuffer();
    const { stored } = await upload(wide, "bang-ke.jpg");
    expect(await sharp(stored).metadata()).toMatchObject({ width: 4000, height: 200 });
  });

  it.each([
    [
      "a truncated JPEG",
      async () => {
        const j = await phoneJpeg();
        return j.subarray(0, Math.floor(j.length * 0.6));
      },
      "giay-to.jpg",
    ],
    [
      "a truncated PNG",
      async () => {
        const p = await noise(200, 200).png().toBuffer();
        return p.subarray(0, Math.floor(p.length * 0.6));
      },
      "giay-to.png",
    ],
    [
      "a PNG that is only a header",
      async () => Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex"),
      "anh.png",
    ],
  ])("refuses %s with 415 and stores nothing", async (_what, make, fileName) => {
    const { citizen, dossierId, componentId } = await seedDraftWithComponent();
    const content = await make();
    const before = storedFiles();
    const refused = uploadAttachment(citizen, {
      dossierId,
      componentId,
      fileName,
      declaredBytes: content.length,
      body: body(content),
    });
    await expect(refused).rejects.toMatchObject({
      code: "FILE_TYPE_NOT_ALLOWED",
      status: 415,
      message: "Tệp ảnh bị lỗi, không đọc được.",
    });
    expect(await db.attachment.count({ where: { dossierId } })).toBe(0);
    expect(storedFiles()).toEqual(before);
  });

  it("leaves PDFs byte for byte as sent", async () => {
    const pdf = Buffer.from(
      "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
    );
    const { row, stored } = await upload(pdf, "a.pdf");
    expect(stored.equals(pdf)).toBe(true);
    expect(row.sha256).toBe(sha256(pdf));
  });
});
