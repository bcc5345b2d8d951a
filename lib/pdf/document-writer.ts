import "server-only";
import { PageSizes, PDFDocument, rgb, type PDFPage } from "pdf-lib";
import { embedFonts, type FontFace, type FontSet } from "./fonts";
import { flowRuns, type Line, type Run } from "./text-flow";

// A top-down writer over pdf-lib: a cursor that moves down the page, wrapped text, rules,
// side-by-side columns and boxes, and a new page when the current one is full. Documents are
// built from plain data only (no database), so every form (Mẫu 01–06) can share it.

export type Paper = "A5" | "A4";
export type Margins = { top: number; right: number; bottom: number; left: number };
export type Align = "left" | "center" | "right";

export const MM = 72 / 25.4;
/** A4 margins of NĐ 30/2020/NĐ-CP (top/bottom 20 mm, left 30 mm, right 15 mm), narrower on A5. */
export const DEFAULT_MARGINS: Record<Paper, Margins> = {
  A4: { top: 20 * MM, right: 15 * MM, bottom: 20 * MM, left: 30 * MM },
  A5: { top: 12 * MM, right: 10 * MM, bottom: 12 * MM, left: 18 * MM },
};

export type TextOptions = {
  size?: number;
  /** Face of plain-string content (runs carry their own). */
  face?: FontFace;
  align?: Align;
  /** Offset from the left margin, and the width of the text box (default: the rest of the line). */
  x?: number;
  width?: number;
  /** Line height as a multiple of the size. */
  lineHeight?: number;
  firstLineIndent?: number;
  restIndent?: number;
  spaceAfter?: number;
  /** Wrap into lines of similar length ("ỦY BAN NHÂN DÂN / PHƯỜNG TÂN NINH"), for centred headings. */
  balance?: boolean;
};

/** What a column holds, top to bottom. */
export type Block =
  | { text: string | Run[]; options?: Omit<TextOptions, "x" | "width"> }
  | { rule: number; thickness?: number; spaceAfter?: number }
  | { gap: number };

export type Column = { x: number; width: number; blocks: Block[] };

export type DocumentMetadata = { title: string; subject?: string; keywords?: string[]; createdAt: Date };

const BLACK = rgb(0, 0, 0);
/** Advance widths at size 1 per face and character; the same font files in every document. */
const ADVANCES = new Map<FontFace, Map<string, number>>();
/** Default line height (× size): room for stacked Vietnamese marks (Ấ, Ễ) over the line below's descenders. */
const LINE_HEIGHT = 1.3;
const PRODUCER = "Cổng Dịch vụ công tỉnh Tây Ninh";

export class DocumentWriter {
  page: PDFPage;
  /** The top of the next thing drawn, in PDF points from the bottom of the page. */
  y: number;
  private readonly charSets = new Map<FontFace, Set<number>>();
  /** The lowest point content may reach on the current page (above a corner mark such as the QR code). */
  private floor: number;

  private constructor(
    readonly doc: PDFDocument,
    readonly fonts: FontSet,
    readonly pageSize: [number, number],
    readonly margins: Margins,
    readonly baseSize: number,
  ) {
    this.page = doc.addPage(pageSize);
    this.y = this.page.getHeight() - margins.top;
    this.floor = margins.bottom;
  }

  /** A document of one empty page; `landscape` for wide registers such as the tracking book (Mẫu 06). */
  static async create(options: {
    paper: Paper;
    landscape?: boolean;
    baseSize: number;
    metadata: DocumentMetadata;
    margins?: Margins;
  }) {
    const doc = await PDFDocument.create({ updateMetadata: false });
    const { title, subject, keywords, createdAt } = options.metadata;
    doc.setTitle(title, { showInWindowTitleBar: true });
    if (subject) doc.setSubject(subject);
    if (keywords) doc.setKeywords(keywords);
    doc.setAuthor(PRODUCER);
    doc.setCreator(PRODUCER);
    doc.setProducer("pdf-lib");
    doc.setLanguage("vi-VN");
    // Dates from the data, not the clock: the same dossier always gives the same document.
    doc.setCreationDate(createdAt);
    doc.setModificationDate(createdAt);
    const fonts = await embedFonts(doc);
    const [width, height] = PageSizes[options.paper];
    const pageSize: [number, number] = options.landscape ? [height, width] : [width, height];
    return new DocumentWriter(
      doc,
      fonts,
      pageSize,
      options.margins ?? DEFAULT_MARGINS[options.paper],
      options.baseSize,
    );
  }

  get left() {
    return this.margins.left;
  }
  /** Where content stops on this page: the bottom margin, or higher when something is reserved below. */
  get bottom() {
    return this.floor;
  }

  /** Keeps content of the current page above `y` (points from the page's bottom edge). */
  reserveBelow(y: number) {
    this.floor = Math.max(this.floor, y);
  }

  get contentWidth() {
    return this.page.getWidth() - this.margins.left - this.margins.right;
  }

  /**
   * Sum of the characters' advances: what the PDF shows, since pdf-lib draws glyphs without
   * kerning. Cached per character, as pdf-lib's own measure shapes the whole string every call.
   */
  textWidth(text: string, face: FontFace, size: number) {
    let advances = ADVANCES.get(face);
    if (!advances) ADVANCES.set(face, (advances = new Map()));
    let width = 0;
    for (const char of this.printable(text, face)) {
      let advance = advances.get(char);
      if (advance === undefined) {
        advance = this.fonts[face].widthOfTextAtSize(char, 1);
        advances.set(char, advance);
      }
      width += advance;
    }
    return width * size;
  }

  /** Starts a new page when fewer than `height` points are left on this one. */
  ensureSpace(height: number) {
    if (this.y - height < this.floor) this.newPage();
  }

  newPage() {
    this.page = this.doc.addPage(this.pageSize);
    this.y = this.page.getHeight() - this.margins.top;
    this.floor = this.margins.bottom;
  }

  gap(height: number) {
    this.y = Math.max(this.floor, this.y - height);
  }

  /** Lays text out; page breaks may fall between its lines. */
  text(content: string | Run[], options: TextOptions = {}) {
    const { lines, lineHeight } = this.layout(content, options);
    for (const line of lines) {
      this.ensureSpace(lineHeight);
      this.drawLine(line, options, this.y);
      this.y -= lineHeight;
    }
    this.y -= options.spaceAfter ?? 0;
  }

  /** Paragraphs and gaps that move to the next page together when they do not fit on this one. */
  keepTogether(items: ({ text: string | Run[]; options?: TextOptions } | { gap: number })[]) {
    const height = items.reduce(
      (h, item) => h + ("gap" in item ? item.gap : this.measureText(item.text, item.options)),
      0,
    );
    this.ensureSpace(Math.min(height, this.page.getHeight() - this.margins.top - this.floor));
    for (const item of items) {
      if ("gap" in item) this.gap(item.gap);
      else this.text(item.text, item.options);
    }
  }

  /** Height of text laid out with these options. */
  measureText(content: string | Run[], options: TextOptions = {}) {
    const { lines, lineHeight } = this.layout(content, options);
    return lines.length * lineHeight + (options.spaceAfter ?? 0);
  }

  /** Draws text with its top at `top`, without moving the cursor or breaking the page. */
  drawTextAt(content: string | Run[], options: TextOptions, top: number) {
    const { lines, lineHeight } = this.layout(content, options);
    lines.forEach((line, i) => this.drawLine(line, options, top - i * lineHeight));
    return lines.length * lineHeight + (options.spaceAfter ?? 0);
  }

  /** A horizontal line at the cursor, `width` long, centred in the box [x, x + boxWidth]. */
  rule(width: number, options: { x?: number; boxWidth?: number; thickness?: number } = {}) {
    const boxWidth = options.boxWidth ?? this.contentWidth - (options.x ?? 0);
    const start = this.left + (options.x ?? 0) + (boxWidth - width) / 2;
    this.page.drawLine({
      start: { x: start, y: this.y },
      end: { x: start + width, y: this.y },
      thickness: options.thickness ?? 0.6,
      color: BLACK,
    });
  }

  /** Columns side by side from the cursor, kept on one page; the cursor moves below the tallest. */
  columns(columns: Column[]) {
    const height = Math.max(...columns.map((c) => this.drawColumn(c, this.y, false)));
    this.ensureSpace(height);
    for (const column of columns) this.drawColumn(column, this.y, true);
    this.y -= height;
  }

  /** A bordered rectangle with its top-left corner at (left margin + x, top). */
  box(x: number, top: number, width: number, height: number) {
    this.page.drawRectangle({ x: this.left + x, y: top - height, width, height, borderWidth: 0.5, borderColor: BLACK });
  }

  /** The file's bytes, backed by a plain ArrayBuffer so they can be a Response body. */
  async save(): Promise<Uint8Array<ArrayBuffer>> {
    return new Uint8Array(await this.doc.save());
  }

  private drawColumn(column: Column, top: number, draw: boolean): number {
    let y = top;
    for (const block of column.blocks) {
      if ("gap" in block) y -= block.gap;
      else if ("rule" in block) {
        if (draw) {
          const start = this.left + column.x + (column.width - block.rule) / 2;
          this.page.drawLine({
            start: { x: start, y: y },
            end: { x: start + block.rule, y: y },
            thickness: block.thickness ?? 0.6,
            color: BLACK,
          });
        }
        y -= block.spaceAfter ?? 0;
      } else {
        const options = { ...block.options, x: column.x, width: column.width };
        y -= draw ? this.drawTextAt(block.text, options, y) : this.measureText(block.text, options);
      }
    }
    return top - y;
  }

  private layout(content: string | Run[], options: TextOptions) {
    const size = options.size ?? this.baseSize;
    const runs = typeof content === "string" ? [{ text: content, face: options.face ?? "regular" }] : content;
    const flow = (width: number) =>
      flowRuns(runs, {
        width,
        size,
        firstLineIndent: options.firstLineIndent,
        restIndent: options.restIndent,
        measure: (text, face, s) => this.textWidth(text, face, s),
      });
    const width = options.width ?? this.contentWidth - (options.x ?? 0);
    let lines = flow(width);
    if (options.balance && lines.length > 1) {
      // The narrowest width that still gives the same number of lines.
      let [low, high] = [width / lines.length, width];
      for (let i = 0; i < 12; i++) {
        const mid = (low + high) / 2;
        if (flow(mid).length > lines.length) low = mid;
        else high = mid;
      }
      lines = flow(high);
    }
    return { lines, lineHeight: size * (options.lineHeight ?? LINE_HEIGHT) };
  }

  private drawLine(line: Line, options: TextOptions, top: number) {
    const size = options.size ?? this.baseSize;
    const width = options.width ?? this.contentWidth - (options.x ?? 0);
    const free = width - line.width - (line.segments[0]?.x ?? 0);
    const shift = options.align === "center" ? free / 2 : options.align === "right" ? free : 0;
    // Baseline low enough for the marks above capitals, high enough for descenders.
    const baseline = top - size * ((options.lineHeight ?? LINE_HEIGHT) - 0.3);
    for (const segment of line.segments) {
      this.page.drawText(this.printable(segment.text, segment.face), {
        x: this.left + (options.x ?? 0) + shift + segment.x,
        y: baseline,
        size,
        font: this.fonts[segment.face],
        color: BLACK,
      });
    }
  }

  /** Characters the font lacks (emoji in a file name…) become "?" instead of an invisible glyph. */
  private printable(text: string, face: FontFace) {
    let set = this.charSets.get(face);
    if (!set) {
      set = new Set(this.fonts[face].getCharacterSet());
      this.charSets.set(face, set);
    }
    const known = set;
    return Array.from(text, (c) => (known.has(c.codePointAt(0) ?? 0) ? c : "?")).join("");
  }
}
