// Line breaking for styled text (runs), independent of pdf-lib so it can be tested with a fake
// measure. Breaks at spaces and explicit "\n"; a word wider than the line is cut by characters.
import type { FontFace } from "./fonts";

export type Run = { text: string; face?: FontFace };
export type Segment = { text: string; face: FontFace; x: number };
export type Line = { segments: Segment[]; width: number };
export type Measure = (text: string, face: FontFace, size: number) => number;

export type FlowOptions = {
  width: number;
  size: number;
  measure: Measure;
  /** Extra left offset of the first line (positive) and of the following ones. */
  firstLineIndent?: number;
  restIndent?: number;
};

type Piece = { text: string; face: FontFace };
/** A word made of pieces that touch (different faces with no space between them). */
type Word = { pieces: Piece[]; spaceBefore: FontFace | null; breaksBefore: number };

function toWords(runs: Run[]): Word[] {
  const words: Word[] = [];
  let pendingSpace: FontFace | null = null; // the face of the run the space came from
  let pendingBreaks = 0;
  for (const run of runs) {
    const face = run.face ?? "regular";
    // NFC: the fonts map precomposed Vietnamese letters; pdf-lib does not position combining marks.
    for (const token of run.text.normalize("NFC").split(/(\r?\n|[ \t]+)/)) {
      if (token === "") continue;
      if (token.endsWith("\n")) pendingBreaks += 1;
      else if (/^[ \t]+$/.test(token)) pendingSpace ??= face;
      else if (!pendingSpace && pendingBreaks === 0 && words.length > 0)
        words[words.length - 1].pieces.push({ text: token, face });
      else {
        words.push({ pieces: [{ text: token, face }], spaceBefore: pendingSpace, breaksBefore: pendingBreaks });
        pendingSpace = null;
        pendingBreaks = 0;
      }
    }
  }
  return words;
}

class LineBuilder {
  readonly lines: Line[] = [];
  private current: Line = { segments: [], width: 0 };

  constructor(private readonly options: FlowOptions) {}

  get indent() {
    return (this.lines.length === 0 ? this.options.firstLineIndent : this.options.restIndent) ?? 0;
  }
  get available() {
    return this.options.width - this.indent;
  }
  get isEmpty() {
    return this.current.segments.length === 0;
  }
  get currentWidth() {
    return this.current.width;
  }

  widthOf(pieces: Piece[]) {
    return pieces.reduce((w, p) => w + this.options.measure(p.text, p.face, this.options.size), 0);
  }

  append(text: string, face: FontFace) {
    const last = this.current.segments[this.current.segments.length - 1];
    const width = this.options.measure(text, face, this.options.size);
    if (last && last.face === face) last.text += text;
    else this.current.segments.push({ text, face, x: this.indent + this.current.width });
    this.current.width += width;
  }

  breakLine() {
    this.lines.push(this.current);
    this.current = { segments: [], width: 0 };
  }

  finish(): Line[] {
    if (!this.isEmpty || this.lines.length === 0) this.lines.push(this.current);
    return this.lines;
  }
}

/**
 * Places a word too wide for any line (a long file name or address): breaks after "-", "_",
 * "/" or "." where it can, and by characters where it cannot.
 */
function cutWord(word: Word, builder: LineBuilder) {
  for (const piece of word.pieces) {
    for (const fragment of piece.text.split(/(?<=[-_/.])/)) {
      const width = builder.widthOf([{ text: fragment, face: piece.face }]);
      if (!builder.isEmpty && builder.currentWidth + width > builder.available) builder.breakLine();
      if (width <= builder.available) {
        builder.append(fragment, piece.face);
        continue;
      }
      for (const char of Array.from(fragment)) {
        const w = builder.widthOf([{ text: char, face: piece.face }]);
        if (!builder.isEmpty && builder.currentWidth + w > builder.available) builder.breakLine();
        builder.append(char, piece.face);
      }
    }
  }
}

/** Lays runs out in lines no wider than `width`; x of each segment is relative to the left edge. */
export function flowRuns(runs: Run[], options: FlowOptions): Line[] {
  const builder = new LineBuilder(options);
  for (const word of toWords(runs)) {
    for (let i = 0; i < word.breaksBefore; i++) builder.breakLine();
    const spaceFace = word.spaceBefore;
    const space = builder.isEmpty || !spaceFace ? 0 : options.measure(" ", spaceFace, options.size);
    const width = builder.widthOf(word.pieces);
    if (!builder.isEmpty && builder.currentWidth + space + width > builder.available) builder.breakLine();
    else if (spaceFace && space > 0) builder.append(" ", spaceFace);
    if (width > builder.available) cutWord(word, builder);
    else for (const piece of word.pieces) builder.append(piece.text, piece.face);
  }
  return builder.finish();
}
