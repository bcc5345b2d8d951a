import type { BillLineKind } from "@/lib/generated/prisma/enums";
import type { Dictionary } from "@/lib/i18n";
import { withoutInternalMarkers } from "@/lib/payments/bill-lines";
import { formatVnd } from "@/lib/payments/money";

type Line = { kind: BillLineKind; description: string; amountVnd: number };
export type BillStrings = Dictionary["payments"];

/**
 * The lines and total of a bill, issued or previewed (the same table before and after submission).
 * The descriptions are the catalogue's, in Vietnamese in both languages.
 */
export function BillLinesTable({
  lines,
  totalVnd,
  t,
  testId = "bill",
}: {
  lines: Line[];
  totalVnd: number;
  t: BillStrings;
  testId?: string;
}) {
  return (
    <table className="w-full border-collapse" data-testid={`${testId}-lines`}>
      <caption className="sr-only">{t.caption}</caption>
      <thead>
        <tr className="border-b text-left">
          <th scope="col" className="py-1 pr-2">
            {t.item}
          </th>
          <th scope="col" className="py-1 pr-2">
            {t.content}
          </th>
          <th scope="col" className="py-1 text-right">
            {t.amount}
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l, i) => (
          <tr key={i} className="border-b align-top">
            <td className="py-1 pr-2">{t.lineKind[l.kind]}</td>
            <td className="py-1 pr-2" lang="vi">
              {withoutInternalMarkers(l.description)}
            </td>
            <td className="py-1 text-right whitespace-nowrap">{formatVnd(l.amountVnd)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2} className="py-1 text-left">
            {t.total}
          </th>
          <td className="py-1 text-right font-semibold whitespace-nowrap" data-testid={`${testId}-total`}>
            {formatVnd(totalVnd)}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
