import { PDFDict, PDFDocument, PDFName, PDFString } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { SAMPLE_CODE, SAMPLE_LOOKUP_URL, sampleMau01, sampleMau02 } from "./legal-form-fixtures";
import { lookupQrCode, lookupUrlFor, qrPath } from "../pdf/lookup-qr";
import { renderMau01Receipt } from "./mau-01-receipt";
import { renderMau02SupplementRequest } from "./mau-02-supplement-request";
import { extractText, inflatedContent, normalizedText } from "../pdf/test-fixtures";

/** The URI of every link annotation of the first page. */
async function linkUris(pdf: Uint8Array) {
  const page = (await PDFDocument.load(pdf)).getPage(0);
  const annots = page.node.Annots()?.asArray() ?? [];
  return annots.map((ref) => {
    const annot = page.doc.context.lookup(ref, PDFDict);
    const action = annot.lookup(PDFName.of("A"), PDFDict);
    return {
      subtype: annot.get(PDFName.of("Subtype"))?.toString(),
      uri: action.lookup(PDFName.of("URI"), PDFString).decodeText(),
    };
  });
}

describe("the lookup QR code of the dossier forms", () => {
  it("points to the public lookup page of the code, under the portal's base URL", () => {
    expect(lookupUrlFor("https://dichvucong.tayninh.gov.vn", SAMPLE_CODE)).toBe(
      `https://dichvucong.tayninh.gov.vn/tra-cuu?ma=${SAMPLE_CODE}`,
    );
    expect(lookupUrlFor("http://localhost:3000/", "A B&C")).toBe("http://localhost:3000/tra-cuu?ma=A%20B%26C");
  });

  it("encodes exactly that URL, and the drawn path covers exactly the dark modules", () => {
    const qr = lookupQrCode(SAMPLE_LOOKUP_URL);
    const encoded = qr.segments
      .map((s) => (typeof s.data === "string" ? s.data : Buffer.from(s.data as Uint8Array).toString("latin1")))
      .join("");
    expect(encoded).toBe(SAMPLE_LOOKUP_URL);
    expect(qr.errorCorrectionLevel.bit).toBe(0); // level M
    const path = qrPath(qr);
    const covered = [...path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)].reduce((n, m) => n + Number(m[3]), 0);
    const dark = Array.from(qr.modules.data).filter(Boolean).length;
    expect(covered).toBe(dark);
    expect(path.startsWith("M0 0h7v1h-7z")).toBe(true); // the top row of the top-left finder pattern
  });

  it("is drawn with its caption and a link on the first page of Mẫu 01 and the other forms", async (ctx) => {
    for (const pdf of [await renderMau01Receipt(sampleMau01), await renderMau02SupplementRequest(sampleMau02)]) {
      const [url] = await linkUris(pdf);
      expect(url.subtype).toBe("/Link");
      expect([sampleMau01.lookupUrl, SAMPLE_LOOKUP_URL]).toContain(url.uri);
      // The symbol's runs of dark modules, in module units (integers), one closed rectangle each.
      const drawn = inflatedContent(pdf).match(/^\d+ \d+ m\n(?:\d+ \d+ l\n){3}h$/gm) ?? [];
      expect(drawn.length).toBe(qrPath(lookupQrCode(url.uri)).split("M").length - 1);
      const raw = extractText(pdf);
      if (raw === null) return ctx.skip("pdftotext not found");
      expect(normalizedText(raw)).toContain(`Tra cứu hồ sơ ${url.uri}`);
    }
  });
});
