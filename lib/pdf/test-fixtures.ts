// PDF inspection helpers for the tests of the documents the portal prints (not used by the app).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inflateSync } from "node:zlib";

export const PDFTOTEXT = "/usr/bin/pdftotext";

/** The text poppler extracts from a PDF, or null when poppler-utils is not installed. */
export function extractText(pdf: Uint8Array): string | null {
  if (!existsSync(PDFTOTEXT)) return null;
  const dir = mkdtempSync(path.join(os.tmpdir(), "pdf-text-"));
  try {
    const file = path.join(dir, "doc.pdf");
    writeFileSync(file, pdf);
    return execFileSync(PDFTOTEXT, ["-enc", "UTF-8", "-layout", file, "-"], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The PDF's bytes with every Flate stream inflated, to look for names without a PDF parser. */
export function inflatedContent(pdf: Uint8Array): string {
  const raw = Buffer.from(pdf).toString("latin1");
  const parts = [raw];
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    try {
      parts.push(inflateSync(Buffer.from(m[1], "latin1")).toString("latin1"));
    } catch {
      // not a Flate stream (or the font file itself): its dictionary is already in `raw`
    }
  }
  return parts.join("\n");
}

/** Text as a reader sees it: NFC, whitespace collapsed (pdftotext breaks lines where the PDF does). */
export const normalizedText = (text: string) => text.normalize("NFC").replace(/\s+/g, " ");
