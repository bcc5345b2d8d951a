import "server-only";
import { PDFString, rgb } from "pdf-lib";
import QRCode from "qrcode";
import { MM, type DocumentWriter } from "./document-writer";

// The QR code every dossier form carries in its bottom-left corner, pointing to the public
// lookup page of the dossier (TT 21/2023: lookup by code), with the caption "Tra cứu hồ sơ".
// Drawn as vector squares (one path), not as a PNG: sharp at any print size, a few hundred
// bytes, and the same bytes for the same code. See docs/decisions/007-legal-forms.md.

export const LOOKUP_CAPTION = "Tra cứu hồ sơ";

/** `<base>/tra-cuu?ma=<code>`: the public lookup page of a dossier. */
export function lookupUrlFor(baseUrl: string, code: string): string {
  return new URL(`/tra-cuu?ma=${encodeURIComponent(code)}`, baseUrl).toString();
}

/** The QR code of a URL, at level M (15 % of the symbol may be smudged or stamped over). */
export function lookupQrCode(url: string) {
  return QRCode.create(url, { errorCorrectionLevel: "M" });
}

/** The dark modules as one SVG path, one rectangle per horizontal run, in module units. */
export function qrPath(qr: ReturnType<typeof lookupQrCode>): string {
  const { size, data } = qr.modules;
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!data[row * size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && data[row * size + col]) col++;
      parts.push(`M${start} ${row}h${col - start}v1h${start - col}z`);
    }
  }
  return parts.join("");
}

/**
 * Draws the lookup QR code in the bottom-left corner of the current page, its caption and the
 * address beside it, makes it a link in PDF viewers, and keeps the page's content above it.
 * Call it right after creating the document: the first page is the one a citizen scans.
 */
export function lookupQr(w: DocumentWriter, url: string) {
  const side = (w.pageSize[0] < 500 ? 14 : 18) * MM;
  // Mostly inside the bottom margin (printers leave about 4 mm blank), so little text is displaced.
  const bottom = 4 * MM;
  const x = w.left;
  const qr = lookupQrCode(url);
  w.page.drawSvgPath(qrPath(qr), {
    x,
    y: bottom + side,
    scale: side / qr.modules.size,
    color: rgb(0, 0, 0),
    borderWidth: 0,
  });

  const textX = side + 2 * MM;
  const textWidth = w.contentWidth - textX;
  const captionTop = bottom + side / 2 + 8;
  const used = w.drawTextAt(LOOKUP_CAPTION, { x: textX, width: textWidth, size: 8, face: "bold" }, captionTop);
  w.drawTextAt(url, { x: textX, width: textWidth, size: 6.5 }, captionTop - used);

  const annotation = w.doc.context.obj({
    Type: "Annot",
    Subtype: "Link",
    Rect: [x, bottom, x + side, bottom + side],
    Border: [0, 0, 0],
    A: { Type: "Action", S: "URI", URI: PDFString.of(url) },
  });
  w.page.node.addAnnot(w.doc.context.register(annotation));
  w.reserveBelow(bottom + side + MM);
}
