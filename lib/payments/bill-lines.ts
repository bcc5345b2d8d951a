import type { BillLineKind, FeeKind } from "../generated/prisma/enums";

// The lines of a bill, pure: the procedure's phí and lệ phí, then the postage. Zero-amount fees
// ("miễn lệ phí") are not billed.

export type Line = { kind: BillLineKind; description: string; amountVnd: number };

export function billLines(
  fees: { kind: FeeKind; description: string; amountVnd: number }[],
  postage: { description: string; amountVnd: number } | null,
): Line[] {
  const lines: Line[] = fees
    .filter((f) => f.amountVnd > 0)
    .map((f) => ({ kind: f.kind, description: f.description, amountVnd: f.amountVnd }));
  if (postage && postage.amountVnd > 0)
    lines.push({ kind: "POSTAGE", description: postage.description, amountVnd: postage.amountVnd });
  for (const l of lines)
    if (!Number.isSafeInteger(l.amountVnd) || l.amountVnd < 0)
      throw new RangeError(`Not an amount of VND: ${l.amountVnd}`);
  return lines;
}

export const billTotal = (lines: Line[]) => lines.reduce((sum, l) => sum + l.amountVnd, 0);

export const LINE_LABEL: Record<BillLineKind, string> = { FEE: "Phí", CHARGE: "Lệ phí", POSTAGE: "Cước bưu chính" };
