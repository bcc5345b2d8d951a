// Works around a bug of @pdf-lib/fontkit 1.1.1 (fixed upstream in fontkit 1.8, foliojs/fontkit#191):
// its subsetter writes a short `loca` table (offsets / 2) without padding glyph records to an
// even length, so after the first odd-length glyph every later glyph points one byte off and
// renders blank in poppler, pdf.js and Acrobat. Hinted fonts such as Tinos have many odd-length
// records. Padding every record of the source font to 4 bytes (allowed by the OpenType `glyf`
// spec) makes all subset offsets even, so the short format becomes exact.

type TableRecord = { tag: string; offset: number; length: number };

function readTables(font: Uint8Array): { view: DataView; tables: TableRecord[] } {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const numTables = view.getUint16(4);
  const tables: TableRecord[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(font[at], font[at + 1], font[at + 2], font[at + 3]);
    tables.push({ tag, offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  return { view, tables };
}

/** Glyph offsets into `glyf` from the `loca` table (numGlyphs + 1 entries). */
function glyphOffsets(view: DataView, head: TableRecord, maxp: TableRecord, loca: TableRecord): number[] {
  const longFormat = view.getInt16(head.offset + 50) === 1;
  const numGlyphs = view.getUint16(maxp.offset + 4);
  const offsets: number[] = [];
  for (let i = 0; i <= numGlyphs; i++) {
    offsets.push(longFormat ? view.getUint32(loca.offset + 4 * i) : 2 * view.getUint16(loca.offset + 2 * i));
  }
  return offsets;
}

const align4 = (n: number) => (n + 3) & ~3;

function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array(align4(bytes.length));
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/**
 * A copy of a TrueType font whose glyph records all start at 4-byte boundaries (long `loca`).
 * Returns the input unchanged when it has no `glyf` table (CFF fonts) or is already aligned.
 */
export function padGlyphRecords(font: Uint8Array): Uint8Array {
  const { view, tables } = readTables(font);
  const find = (tag: string) => tables.find((t) => t.tag === tag);
  const [head, maxp, loca, glyf] = [find("head"), find("maxp"), find("loca"), find("glyf")];
  if (!head || !maxp || !loca || !glyf) return font;
  const offsets = glyphOffsets(view, head, maxp, loca);
  if (offsets.every((o) => o % 4 === 0)) return font;

  // New glyf and loca: same glyphs, each followed by zero bytes up to a 4-byte boundary.
  const newOffsets = [0];
  for (let i = 0; i + 1 < offsets.length; i++) newOffsets.push(newOffsets[i] + align4(offsets[i + 1] - offsets[i]));
  const newGlyf = new Uint8Array(newOffsets[newOffsets.length - 1]);
  for (let i = 0; i + 1 < offsets.length; i++) {
    newGlyf.set(font.subarray(glyf.offset + offsets[i], glyf.offset + offsets[i + 1]), newOffsets[i]);
  }
  const newLoca = new Uint8Array(4 * newOffsets.length);
  newOffsets.forEach((o, i) => new DataView(newLoca.buffer).setUint32(4 * i, o));
  const newHead = font.slice(head.offset, head.offset + head.length);
  const headView = new DataView(newHead.buffer);
  headView.setInt16(50, 1); // indexToLocFormat: long offsets
  headView.setUint32(8, 0); // checkSumAdjustment, recomputed below

  const bodies = tables.map((t) =>
    t.tag === "glyf"
      ? newGlyf
      : t.tag === "loca"
        ? newLoca
        : t.tag === "head"
          ? newHead
          : font.subarray(t.offset, t.offset + t.length),
  );
  const directoryEnd = 12 + 16 * tables.length;
  const total = bodies.reduce((end, body) => end + align4(body.length), directoryEnd);
  const out = new Uint8Array(total);
  const outView = new DataView(out.buffer);
  out.set(font.subarray(0, 12)); // sfnt version and search-range fields stay valid: same table count
  let at = directoryEnd;
  let headAt = 0;
  tables.forEach((t, i) => {
    const record = 12 + 16 * i;
    out.set(font.subarray(12 + 16 * i, 12 + 16 * i + 4), record); // tag
    outView.setUint32(record + 4, checksum(bodies[i]));
    outView.setUint32(record + 8, at);
    outView.setUint32(record + 12, bodies[i].length);
    out.set(bodies[i], at);
    if (t.tag === "head") headAt = at;
    at += align4(bodies[i].length);
  });
  outView.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

/** The number of glyph records whose `glyf` offset is odd (what the fontkit bug trips on). */
export function countMisalignedGlyphs(font: Uint8Array): number {
  const { view, tables } = readTables(font);
  const find = (tag: string) => tables.find((t) => t.tag === tag);
  const [head, maxp, loca] = [find("head"), find("maxp"), find("loca")];
  if (!head || !maxp || !loca) return 0;
  return glyphOffsets(view, head, maxp, loca).filter((o) => o % 2 !== 0).length;
}
