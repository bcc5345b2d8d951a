import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Writes a large scan (`megabytes` MB, several 5 MB upload chunks) whose bytes are an image inside
 * a stream object, as in a scanner's PDF: bytes outside any object would make the file unreadable
 * and refused by the upload inspection (lib/files/pdf-active-content.ts).
 */
export function writeBigScan(file: string, megabytes: number) {
  mkdirSync(path.dirname(file), { recursive: true });
  const image = Buffer.alloc(megabytes * 1024 * 1024, 7);
  writeFileSync(
    file,
    Buffer.concat([
      Buffer.from(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n" +
          `3 0 obj<</Type/XObject/Subtype/Image/Filter/DCTDecode/Length ${image.length}>>stream\n`,
      ),
      image,
      Buffer.from("\nendstream\nendobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"),
    ]),
  );
}
