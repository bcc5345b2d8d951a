import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  cleanPdf,
  eicarInPdf,
  pdfHtmlPolyglot,
  pdfOf,
  pdfOpeningAtAPage,
  pdfWithJavaScriptInObjectStream,
  pdfWithOpenActionJavaScript,
} from "../../tests/support/hostile-files";
import { inspectPdf } from "./pdf-active-content";

const PAGES = "<</Type/Pages/Kids[]/Count 0>>";
const catalogWith = (extra: string, ...more: string[]) =>
  pdfOf([`<</Type/Catalog/Pages 2 0 R${extra}>>`, PAGES, ...more]);

describe("active content in PDFs", () => {
  it("passes ordinary PDFs: a generated page, a bare catalog, an opening destination, a page with EICAR text", async () => {
    expect(await inspectPdf(await cleanPdf())).toBe("clean");
    expect(await inspectPdf(pdfOf(["<</Type/Catalog/Pages 2 0 R>>", PAGES]))).toBe("clean");
    expect(await inspectPdf(pdfOpeningAtAPage())).toBe("clean");
    // Malware in a content stream is clamd's to find, not this check's.
    expect(await inspectPdf(eicarInPdf())).toBe("clean");
    // The polyglot's HTML sits in a comment: structurally a clean PDF (the head check refuses it).
    expect(await inspectPdf(pdfHtmlPolyglot())).toBe("clean");
    // An /OpenAction that only goes to a page.
    expect(await inspectPdf(catalogWith("/OpenAction<</S/GoTo/D[3 0 R/Fit]>>"))).toBe("clean");
  });

  it.each([
    ["/OpenAction with JavaScript", pdfWithOpenActionJavaScript()],
    ["a name written with #-escapes (/J#61vaScript)", catalogWith("/OpenAction<</S/J#61vaScript/J#53(x)>>")],
    ["document-level scripts in the name tree", catalogWith("/Names<</JavaScript 3 0 R>>", "<</Names[(a) 4 0 R]>>")],
    [
      "an /OpenAction that is an action by reference (URI)",
      catalogWith("/OpenAction 3 0 R", "<</S/URI/URI(http://x)>>"),
    ],
    ["automatic actions (/AA) on a page", catalogWith("", "<</Type/Page/AA<</O<</S/GoTo/D[0 /Fit]>>>>>>")],
    ["/Launch", catalogWith("/OpenAction<</S/Launch/F(cmd.exe)>>")],
    ["an embedded file", catalogWith("/Names<</EmbeddedFiles 3 0 R>>", "<</Names[(x.exe) 4 0 R]>>")],
    ["an embedded file stream", catalogWith("", "<</Type/EmbeddedFile/Length 2>>\nstream\nMZ\nendstream")],
    ["an XFA form", catalogWith("/AcroForm<</Fields[]/XFA 3 0 R>>", "<</Length 0>>\nstream\n\nendstream")],
    ["rich media", catalogWith("", "<</Type/Annot/Subtype/RichMedia>>")],
    ["a form that submits itself", catalogWith("", "<</S/SubmitForm/F(http://x)>>")],
    ["JavaScript inside a compressed object stream", pdfWithJavaScriptInObjectStream()],
  ])("refuses %s", async (_what, pdf) => {
    expect(await inspectPdf(pdf)).toBe("active-content");
  });

  it("finds the script of an object stream that a byte search cannot see", () => {
    const pdf = pdfWithJavaScriptInObjectStream();
    expect(pdf.includes("JavaScript")).toBe(false);
    expect(pdf.includes("OpenAction")).toBe(false);
  });

  it("refuses an encrypted PDF and one with an object stream that cannot be unpacked: their objects cannot be read", async () => {
    const encrypted = pdfOf(
      ["<</Type/Catalog/Pages 2 0 R>>", PAGES, "<</Filter/Standard/V 2/R 3/O(x)/U(y)/P -4>>"],
      "<</Root 1 0 R/Encrypt 3 0 R>>",
    );
    expect(await inspectPdf(encrypted)).toBe("encrypted");
    // An object stream that cannot be unpacked (corrupt data): what it holds is unknown.
    const corrupt = pdfOf([
      "<</Type/Catalog/Pages 2 0 R>>",
      PAGES,
      "<</Type/ObjStm/N 1/First 4/Filter/FlateDecode/Length 3>>\nstream\nabc\nendstream",
    ]);
    expect(await inspectPdf(corrupt)).toBe("unreadable");
  });

  it("refuses at once a file that is mostly not PDF objects, which the parser would take seconds per megabyte on", async () => {
    const garbage = Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(4 * 1024 * 1024), Buffer.from("\n%%EOF\n")]);
    const started = performance.now();
    expect(await inspectPdf(garbage)).toBe("unreadable");
    expect(performance.now() - started).toBeLessThan(1000);
    // A 4 MB image stream inside an object is skipped by its length: clean, and fast.
    const scan = pdfOf([
      "<</Type/Catalog/Pages 2 0 R>>",
      "<</Type/Pages/Kids[]/Count 0>>",
      `<</Type/XObject/Subtype/Image/Width 1/Height 1/Filter/DCTDecode/Length ${garbage.length}>>\nstream\n${garbage.toString("latin1")}\nendstream`,
    ]);
    expect(await inspectPdf(scan)).toBe("clean");
  });
});
