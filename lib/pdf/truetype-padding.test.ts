import { readFileSync } from "node:fs";
import fontkit from "@pdf-lib/fontkit";
import { describe, expect, it } from "vitest";
import { fontFilePath } from "./fonts";
import { countMisalignedGlyphs, padGlyphRecords } from "./truetype-padding";

const tinos = new Uint8Array(readFileSync(fontFilePath("regular")));

describe("padGlyphRecords (work-around for @pdf-lib/fontkit's short-loca subsets)", () => {
  it("aligns every glyph record of Tinos, which has many odd-length ones", () => {
    expect(countMisalignedGlyphs(tinos)).toBeGreaterThan(100);
    const padded = padGlyphRecords(tinos);
    expect(countMisalignedGlyphs(padded)).toBe(0);
    expect(padGlyphRecords(padded)).toBe(padded); // already aligned: returned as is
  });

  it("keeps the same glyphs, outlines and metrics", () => {
    const before = fontkit.create(tinos);
    const after = fontkit.create(padGlyphRecords(tinos));
    expect(after.numGlyphs).toBe(before.numGlyphs);
    for (const char of ["A", "Ấ", "ệ", "Đ", "ữ", "ơ"]) {
      const [a] = before.layout(char).glyphs;
      const [b] = after.layout(char).glyphs;
      expect(b.id).toBe(a.id);
      expect(b.advanceWidth).toBe(a.advanceWidth);
      expect(b.path.toSVG()).toBe(a.path.toSVG());
    }
  });

  it("leaves fonts without TrueType outlines alone", () => {
    const notAFont = new Uint8Array(12);
    expect(padGlyphRecords(notAFont)).toBe(notAFont);
  });
});
