import { LINE_COLUMNS } from "@/lib/statistics/columns";
import { formatNumber, formatPercent } from "@/lib/statistics/figures";
import type { ReportLine } from "@/lib/statistics/report";

/** A report table (by procedure or by officer) with its total row: the same columns as the exports. */
export function LineTable({
  title,
  first,
  lines,
  total,
  testId,
}: {
  title: string;
  first: string;
  lines: ReportLine[];
  total: ReportLine;
  testId: string;
}) {
  const cell = (l: ReportLine) =>
    LINE_COLUMNS.map((c) => {
      const v = c.value(l.figures);
      return (
        <td key={c.header} className="p-2 text-right" data-value={v ?? ""}>
          {c.percent ? formatPercent(v) : formatNumber(v, "vi", c.header.includes("TB") ? 2 : 0)}
        </td>
      );
    });
  return (
    <div className="overflow-x-auto rounded bg-white shadow-sm" tabIndex={0} role="region" aria-label={title}>
      <table className="w-full text-sm" data-testid={testId}>
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr className="border-b text-left">
            <th scope="col" className="p-2">
              {first}
            </th>
            {LINE_COLUMNS.map((c) => (
              <th key={c.header} scope="col" className="p-2 text-right">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.key || "none"} className="border-b">
              <th scope="row" className="p-2 text-left font-normal">
                {l.code ? `${l.code} · ` : ""}
                {l.label}
              </th>
              {cell(l)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="font-semibold" data-testid={`${testId}-total`}>
            <th scope="row" className="p-2 text-left">
              {total.label}
            </th>
            {cell(total)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
