import "server-only";
import type { DocumentWriter } from "./document-writer";
import { placeAndDate } from "../text/vietnamese-dates";

// The fixed parts of a Vietnamese administrative document (thể thức văn bản, NĐ 30/2020/NĐ-CP
// Phụ lục I): issuing agency on the left and national motto on the right, number and
// place-date line under them, a centred title, signature blocks at the foot.

export const NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";

export type IssuingAgency = {
  /** The agency or unit issuing the document, e.g. "Ủy ban nhân dân phường Tân Ninh" (printed in bold capitals). */
  name: string;
  /** The agency above it (cơ quan chủ quản), when printed; NĐ 30/2020 lets it use common abbreviations ("UBND"). */
  parentName?: string | null;
};

export type HeaderInput = { agency: IssuingAgency; place: string; date: Date; number?: string | null };

const upper = (s: string) => s.toLocaleUpperCase("vi-VN");

/** The largest size up to `preferred` at which `text` fits on one line of `width`. */
function fittingSize(w: DocumentWriter, text: string, preferred: number, width: number) {
  const atOne = w.textWidth(text, "bold", 1);
  return Math.min(preferred, Math.floor((width / atOne) * 10) / 10);
}

/** Agency on the left, national name and motto on the right; number and place-date line below. */
export function nationalHeader(w: DocumentWriter, input: HeaderInput) {
  const gutter = 6;
  // The right column is as wide as the national name needs (at most 62 %); the agency wraps in the rest.
  const size = fittingSize(w, NATIONAL_NAME, w.baseSize - 1, w.contentWidth * 0.62);
  const mottoSize = fittingSize(w, MOTTO, size + 1, w.contentWidth * 0.62);
  const rightWidth = Math.max(w.textWidth(NATIONAL_NAME, "bold", size), w.textWidth(MOTTO, "bold", mottoSize)) + 4;
  const rightX = w.contentWidth - rightWidth;
  const leftWidth = rightX - gutter;
  const leftSize = size - 0.5;
  const { agency } = input;
  w.columns([
    {
      x: 0,
      width: leftWidth,
      blocks: [
        ...(agency.parentName
          ? [{ text: upper(agency.parentName), options: { size: leftSize, align: "center" as const, balance: true } }]
          : []),
        { text: upper(agency.name), options: { size: leftSize, face: "bold", align: "center", balance: true } },
        { gap: 2.5 },
        { rule: leftWidth / 3, spaceAfter: 2 },
      ],
    },
    {
      x: rightX,
      width: rightWidth,
      blocks: [
        { text: NATIONAL_NAME, options: { size, face: "bold", align: "center" } },
        { text: MOTTO, options: { size: mottoSize, face: "bold", align: "center" } },
        { gap: 2.5 },
        { rule: w.textWidth(MOTTO, "bold", mottoSize), spaceAfter: 2 },
      ],
    },
  ]);
  w.gap(3);
  w.columns([
    {
      x: 0,
      width: leftWidth,
      blocks: input.number ? [{ text: `Số: ${input.number}`, options: { size: leftSize, align: "center" } }] : [],
    },
    {
      x: rightX,
      width: rightWidth,
      blocks: [{ text: placeAndDate(input.place, input.date), options: { size, face: "italic", align: "center" } }],
    },
  ]);
}

/** The document's name in bold capitals, with optional lines under it (code, copy…). */
export function documentTitle(
  w: DocumentWriter,
  title: string,
  subtitles: { text: string; face?: "regular" | "bold" | "italic" }[] = [],
) {
  w.gap(w.baseSize * 0.8);
  w.text(upper(title), { size: w.baseSize + 1.5, face: "bold", align: "center" });
  for (const s of subtitles) w.text(s.text, { face: s.face ?? "regular", align: "center" });
  w.gap(w.baseSize * 0.5);
}

export type Signature = { title: string; note?: string; name?: string | null };

/** Signature blocks side by side, kept on one page: title, "(Ký và ghi rõ họ tên)", room, name. */
export function signatureBlocks(w: DocumentWriter, signatures: Signature[], signingSpace = 42) {
  const width = w.contentWidth / signatures.length;
  w.gap(w.baseSize * 0.6);
  w.columns(
    signatures.map((s, i) => ({
      x: i * width,
      width,
      blocks: [
        { text: upper(s.title), options: { face: "bold", align: "center" } },
        { text: s.note ?? "(Ký và ghi rõ họ tên)", options: { face: "italic", align: "center", size: w.baseSize - 1 } },
        { gap: signingSpace },
        ...(s.name ? [{ text: s.name, options: { face: "bold" as const, align: "center" as const } }] : []),
      ],
    })),
  );
}
