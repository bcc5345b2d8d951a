import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import type { PDFDocument, PDFFont } from "pdf-lib";
import { padGlyphRecords } from "./truetype-padding";

// The documents use Tinos (Google's metric twin of Times New Roman, the typeface of Vietnamese
// administrative documents under NĐ 30/2020/NĐ-CP) with full Vietnamese coverage. The .ttf
// files come from an npm package, so nothing is fetched at build or run time
// (docs/decisions/005-pdf-documents.md).

export type FontFace = "regular" | "bold" | "italic" | "boldItalic";
export type FontSet = Record<FontFace, PDFFont>;

export const FONT_PACKAGE = "@expo-google-fonts/tinos";
const FONT_FILES: Record<FontFace, { file: string; name: string }> = {
  regular: { file: "400Regular/Tinos_400Regular.ttf", name: "AAAAAA+Tinos-Regular" },
  bold: { file: "700Bold/Tinos_700Bold.ttf", name: "AAAAAB+Tinos-Bold" },
  italic: { file: "400Regular_Italic/Tinos_400Regular_Italic.ttf", name: "AAAAAC+Tinos-Italic" },
  boldItalic: { file: "700Bold_Italic/Tinos_700Bold_Italic.ttf", name: "AAAAAD+Tinos-BoldItalic" },
};

const FACES: FontFace[] = ["regular", "bold", "italic", "boldItalic"];

// Read and padded once per process; each document then embeds only the glyphs it uses.
const cache = new Map<FontFace, Promise<Uint8Array>>();

/** Where a face's .ttf is installed. */
export function fontFilePath(face: FontFace) {
  return path.join(process.cwd(), "node_modules", FONT_PACKAGE, FONT_FILES[face].file);
}

function fontBytes(face: FontFace): Promise<Uint8Array> {
  let bytes = cache.get(face);
  if (!bytes) {
    const file = fontFilePath(face);
    bytes = readFile(file).then(
      (buffer) => padGlyphRecords(new Uint8Array(buffer)),
      (e: unknown) => {
        cache.delete(face);
        throw new Error(`PDF font ${file} is missing: run npm install (${String(e)})`);
      },
    );
    cache.set(face, bytes);
  }
  return bytes;
}

// fontkit parses a font's tables lazily and keeps them on the Font object. pdf-lib asks for a
// new Font per document, which re-parses GSUB/GPOS every time (most of a document's cost);
// the Font is read-only once built, so one per face serves every document.
type Fontkit = Parameters<PDFDocument["registerFontkit"]>[0];
const parsed = new WeakMap<Uint8Array, ReturnType<Fontkit["create"]>>();
const sharedFontkit: Fontkit = {
  create(buffer, postscriptName) {
    let font = parsed.get(buffer);
    if (!font) parsed.set(buffer, (font = withCodePoints(fontkit.create(buffer, postscriptName))));
    return font;
  },
};

type FontkitFont = ReturnType<Fontkit["create"]>;
type CmapProcessor = { codePointsForGlyph(id: number): number[] };

/**
 * fontkit caches a glyph with the characters of its first use. Shaping (ccmp) first meets "ư"
 * or "a" as a part of "ừ" or "à", with no characters: every later "ư" then had an empty entry
 * in the PDF's ToUnicode map, so "được" was extracted as "đ ợc". A glyph without characters
 * gets them back from the font's cmap, keeping the text searchable and copyable.
 */
function withCodePoints(font: FontkitFont): FontkitFont {
  const cmap = (font as unknown as { _cmapProcessor: CmapProcessor })._cmapProcessor;
  const layout = font.layout.bind(font);
  font.layout = (...args: Parameters<FontkitFont["layout"]>) => {
    const run = layout(...args);
    for (const glyph of run.glyphs) {
      if (glyph.codePoints.length > 0) continue;
      const codePoints = cmap.codePointsForGlyph(glyph.id);
      if (codePoints.length > 0) glyph.codePoints = [codePoints[0]];
    }
    return run;
  };
  return font;
}

/**
 * Embeds the four faces as subsets: only the glyphs drawn end up in the file, and a face never
 * drawn is left out. Subset names follow the PDF convention (six-letter tag + "+"); fixed tags
 * instead of pdf-lib's random suffix keep the output reproducible.
 */
export async function embedFonts(doc: PDFDocument): Promise<FontSet> {
  doc.registerFontkit(sharedFontkit);
  const bytes = await Promise.all(FACES.map(fontBytes));
  // Embedded one after the other, in a fixed order, so object numbers do not depend on timing.
  const embedded: PDFFont[] = [];
  for (const [i, face] of FACES.entries()) {
    embedded.push(await doc.embedFont(bytes[i], { subset: true, customName: FONT_FILES[face].name }));
  }
  const [regular, bold, italic, boldItalic] = embedded;
  return { regular, bold, italic, boldItalic };
}
