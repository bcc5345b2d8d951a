import type { BillLineKind, FeeKind } from "../generated/prisma/enums";
import { AppError } from "../errors";
import { internalMarkers } from "../text/internal-markers";
import { formatVnd } from "./money";

// The lines of a bill, pure: the procedure's phí and lệ phí, then the postage. Zero-amount fees
// ("miễn lệ phí") are not billed. The issued bill (./bill.ts) and the preview the citizen sees
// before submitting (./bill-preview.ts) both come from here, so they cannot disagree.

export type Line = { kind: BillLineKind; description: string; amountVnd: number };

/** A fee of the catalogue: fixed per dossier, or per unit when it names the e-form field giving the quantity. */
export type FeeRule = {
  kind: FeeKind;
  description: string;
  amountVnd: number;
  quantityField?: string | null;
  unitName?: string | null;
};

/** More copies than any counter issues at once is a typing mistake, not an order (and would bill millions). */
export const MAX_QUANTITY = 100;

export const LINE_LABEL: Record<BillLineKind, string> = { FEE: "Phí", CHARGE: "Lệ phí", POSTAGE: "Cước bưu chính" };

// Notes for the editors of the catalogue ("verify", "TODO"…, lib/text/internal-markers.ts) are
// never for the citizen, even in a bill frozen before the catalogue was cleaned.
const STRAY_MARKER = /[,;]?\s*\b(?:unverified|verify|todo|fixme|tbd)\b/gi;

/** A text of the catalogue without its editors' notes: a parenthesis holding one goes, and so does a stray one. */
export function withoutInternalMarkers(text: string): string {
  return text
    .replace(/\s*\([^()]*\)/g, (group) => (internalMarkers(group).length > 0 ? "" : group))
    .replace(STRAY_MARKER, "")
    .replace(/\s+([.,;:])/g, "$1")
    .trim();
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * The short name a bill gives a fee: the description's own heading ("Phí cấp bản sao trích lục hộ
 * tịch: 8.000 đồng/bản…") or else "Phí"/"Lệ phí" and the procedure's name — never the tariff's
 * details, references or notes, which belong to the procedure's page.
 */
export function feeName(fee: Pick<FeeRule, "kind" | "description">, procedureName: string): string {
  const heading = fee.description.split(":")[0].trim();
  const named = /^(?:phí|lệ phí)\s/i.test(heading) && heading.length < fee.description.trim().length;
  const name = named ? heading : `${LINE_LABEL[fee.kind]} ${lowerFirst(procedureName)}`;
  return withoutInternalMarkers(name.replace(/\s*\([^()]*\)/g, ""));
}

/** The quantity of a per-unit fee from the answers, or a Vietnamese refusal naming the field. */
export function feeQuantity(fee: FeeRule, answers: Record<string, unknown>, fieldLabel?: string): number {
  if (!fee.quantityField) return 1;
  const raw = answers[fee.quantityField];
  const text = typeof raw === "number" ? String(raw) : typeof raw === "string" ? raw.trim() : "";
  const n = /^\d{1,4}$/.test(text) ? Number(text) : NaN;
  if (!(n >= 1 && n <= MAX_QUANTITY))
    throw new AppError(
      "INVALID_INPUT",
      `Mục “${fieldLabel ?? fee.quantityField}” phải là một số nguyên từ 1 đến ${MAX_QUANTITY}` +
        `${text ? ` (đã nhập “${text}”)` : ""}; vui lòng sửa lại trong tờ khai để tính phí, lệ phí.`,
    );
  return n;
}

export type BillInput = {
  procedureName: string;
  fees: FeeRule[];
  /** The dossier's e-form answers, which give the quantity of per-unit fees. */
  answers: Record<string, unknown>;
  /** The e-form's labels by field name, for the refusal of a bad quantity. */
  labels?: Record<string, string>;
  postage: { description: string; amountVnd: number } | null;
};

/** The bill's lines: unit price × quantity for per-unit fees ("Phí …: 2 bản × 8.000 đồng"). Throws AppError on a bad quantity. */
export function billLines({ procedureName, fees, answers, labels, postage }: BillInput): Line[] {
  const lines: Line[] = [];
  for (const f of fees) {
    if (f.amountVnd <= 0) continue;
    const name = feeName(f, procedureName);
    if (!f.quantityField) {
      lines.push({ kind: f.kind, description: name, amountVnd: f.amountVnd });
      continue;
    }
    const quantity = feeQuantity(f, answers, labels?.[f.quantityField]);
    lines.push({
      kind: f.kind,
      description: `${name}: ${quantity} ${f.unitName ?? "đơn vị"} × ${formatVnd(f.amountVnd)}`,
      amountVnd: f.amountVnd * quantity,
    });
  }
  if (postage && postage.amountVnd > 0)
    lines.push({
      kind: "POSTAGE",
      description: withoutInternalMarkers(postage.description),
      amountVnd: postage.amountVnd,
    });
  for (const l of lines)
    if (!Number.isSafeInteger(l.amountVnd) || l.amountVnd < 0)
      throw new RangeError(`Not an amount of VND: ${l.amountVnd}`);
  return lines;
}

export const billTotal = (lines: Line[]) => lines.reduce((sum, l) => sum + l.amountVnd, 0);
