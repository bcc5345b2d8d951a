// Several photos of paper pages become one PDF, one photo per A4 page, on the citizen's
// device (docs/decisions/004-attachment-storage.md). No DOM: runs in the browser and in tests.
import { placeOnA4 } from "./fit";

/** Builds the PDF from JPEG files, in order. pdf-lib is loaded only now, not with the page. */
export async function assemblePdf(jpegs: Uint8Array[], title: string): Promise<Uint8Array<ArrayBuffer>> {
  if (jpegs.length === 0) throw new Error("No page to assemble");
  const { PDFDocument } = await import("pdf-lib");
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setCreator("Cổng Dịch vụ công tỉnh Tây Ninh");
  for (const jpeg of jpegs) {
    // The JPEG is embedded as is (DCTDecode): no second lossy encoding, no growth in size.
    const image = await doc.embedJpg(jpeg);
    const at = placeOnA4({ width: image.width, height: image.height });
    doc
      .addPage([at.page.width, at.page.height])
      .drawImage(image, { x: at.x, y: at.y, width: at.width, height: at.height });
  }
  // pdf-lib allocates a plain ArrayBuffer (never shared); saying so lets it go into a Blob uncopied.
  return (await doc.save()) as Uint8Array<ArrayBuffer>;
}
