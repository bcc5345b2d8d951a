import "server-only";
import type { Align, DocumentWriter } from "./document-writer";
import type { FontFace } from "./fonts";
import type { Run } from "./text-flow";

export type LabelValueRow = { label: string; value: string | Run[] };

/** Label on the left, value on the right, no borders; a row never splits across pages. */
export function labelValueTable(
  w: DocumentWriter,
  rows: LabelValueRow[],
  options: { labelShare?: number; valueFace?: FontFace; size?: number; rowGap?: number } = {},
) {
  const labelWidth = w.contentWidth * (options.labelShare ?? 0.36);
  const gutter = 6;
  const size = options.size ?? w.baseSize;
  for (const row of rows) {
    w.columns([
      { x: 0, width: labelWidth - gutter, blocks: [{ text: `${row.label}:`, options: { size } }] },
      {
        x: labelWidth,
        width: w.contentWidth - labelWidth,
        blocks: [{ text: row.value, options: { size, face: options.valueFace ?? "bold" } }],
      },
    ]);
    w.gap(options.rowGap ?? 1);
  }
}

export type GridColumn = { header: string; /** share of the content width */ share: number; align?: Align };

/** A bordered table with a bold header row, repeated at the top of each new page. */
export function gridTable(
  w: DocumentWriter,
  columns: GridColumn[],
  rows: string[][],
  options: { size?: number; padding?: number } = {},
) {
  const size = options.size ?? w.baseSize - 0.5;
  const padding = options.padding ?? 2.5;
  const total = columns.reduce((s, c) => s + c.share, 0);
  const widths = columns.map((c) => (w.contentWidth * c.share) / total);
  const xs = widths.map((_, i) => widths.slice(0, i).reduce((s, x) => s + x, 0));

  const cellOptions = (i: number, face: FontFace, align: Align | undefined) => ({
    x: xs[i] + padding,
    width: widths[i] - 2 * padding,
    size,
    face,
    align,
    lineHeight: 1.3,
  });
  const rowHeight = (cells: string[], face: FontFace) =>
    Math.max(...cells.map((text, i) => w.measureText(text, cellOptions(i, face, columns[i].align)))) + 2 * padding;
  const drawRow = (cells: string[], face: FontFace, height: number, centred: boolean) => {
    cells.forEach((text, i) => {
      w.box(xs[i], w.y, widths[i], height);
      w.drawTextAt(text, cellOptions(i, face, centred ? "center" : columns[i].align), w.y - padding);
    });
    w.y -= height;
  };

  const headers = columns.map((c) => c.header);
  const headerHeight = rowHeight(headers, "bold");
  const drawHeader = () => drawRow(headers, "bold", headerHeight, true);
  const first = rows[0] ?? [];
  w.ensureSpace(headerHeight + (rows.length > 0 ? rowHeight(first, "regular") : 0));
  drawHeader();
  for (const row of rows) {
    const height = rowHeight(row, "regular");
    if (w.y - height < w.bottom) {
      w.newPage();
      drawHeader();
    }
    drawRow(row, "regular", height, false);
  }
}
