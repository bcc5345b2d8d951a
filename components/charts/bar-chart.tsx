// A bar chart drawn as SVG on the server (no chart library, no client JavaScript), always
// followed by the table of the same figures: the table is what screen readers, browsers without
// SVG and copy-paste get, and on a phone the chart scales to the screen width (viewBox).
import { useId } from "react";

export type Series = { label: string; color: string };
export type Category = { label: string; values: number[] };

type Props = {
  title: string;
  series: Series[];
  categories: Category[];
  /** Header of the table's first column. */
  categoryHeader: string;
  /** Stacked vertical bars (counts per month) or one horizontal bar per category (shares). */
  layout?: "stacked" | "horizontal";
  format?: (v: number) => string;
  note?: string;
  testId?: string;
};

const W = 320;
const PAD = { top: 8, right: 8, bottom: 28, left: 36 };

function niceMax(v: number) {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 5, 10].map((m) => m * p).find((m) => m >= v) ?? 10 * p;
}

function Stacked({ series, categories, format }: Required<Pick<Props, "series" | "categories" | "format">>) {
  const H = 180;
  const max = niceMax(Math.max(0, ...categories.map((c) => c.values.reduce((a, b) => a + b, 0))));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const step = innerW / Math.max(1, categories.length);
  const bar = Math.max(4, step * 0.6);
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" aria-hidden="true" focusable="false">
      {[0, max / 2, max].map((t) => (
        <g key={t}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke="#d1d5db" strokeWidth={0.5} />
          <text x={PAD.left - 4} y={y(t) + 3} textAnchor="end" fontSize={8} fill="#374151">
            {format(t)}
          </text>
        </g>
      ))}
      {categories.map((c, i) => {
        let base = 0;
        const x = PAD.left + i * step + (step - bar) / 2;
        return (
          <g key={c.label} data-category={c.label}>
            {c.values.map((v, k) => {
              const top = y(base + v);
              const height = y(base) - top;
              base += v;
              return (
                <rect
                  key={k}
                  x={x}
                  y={top}
                  width={bar}
                  height={height}
                  fill={series[k].color}
                  data-series={series[k].label}
                  data-value={v}
                />
              );
            })}
            <text x={x + bar / 2} y={H - PAD.bottom + 10} textAnchor="middle" fontSize={8} fill="#374151">
              {c.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function Horizontal({ series, categories, format }: Required<Pick<Props, "series" | "categories" | "format">>) {
  const row = 26;
  const H = categories.length * row + 8;
  const left = 96;
  const innerW = W - left - 44;
  const max = Math.max(1e-9, ...categories.map((c) => c.values[0] ?? 0));
  const scale = max <= 1 ? 1 : max;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" aria-hidden="true" focusable="false">
      {categories.map((c, i) => {
        const v = c.values[0] ?? 0;
        const y = 4 + i * row;
        return (
          <g key={c.label} data-category={c.label}>
            <text x={left - 6} y={y + 15} textAnchor="end" fontSize={9} fill="#374151">
              {c.label}
            </text>
            <rect x={left} y={y + 4} width={innerW} height={16} fill="#f3f4f6" />
            <rect
              x={left}
              y={y + 4}
              width={(v / scale) * innerW}
              height={16}
              fill={series[0].color}
              data-series={series[0].label}
              data-value={v}
            />
            <text x={left + innerW + 4} y={y + 15} fontSize={9} fill="#111827">
              {format(v)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function BarChart({
  title,
  series,
  categories,
  categoryHeader,
  layout = "stacked",
  format = String,
  note,
  testId,
}: Props) {
  const id = useId();
  return (
    <figure className="space-y-2 rounded bg-white p-3 shadow-sm" aria-labelledby={`${id}-t`} data-testid={testId}>
      <figcaption id={`${id}-t`} className="font-semibold">
        {title}
      </figcaption>
      {layout === "stacked" && (
        <ul className="flex flex-wrap gap-3 text-sm" aria-hidden="true">
          {series.map((s) => (
            <li key={s.label} className="flex items-center gap-1">
              <span className="inline-block h-3 w-3" style={{ background: s.color }} />
              {s.label}
            </li>
          ))}
        </ul>
      )}
      {layout === "stacked" ? (
        <Stacked series={series} categories={categories} format={format} />
      ) : (
        <Horizontal series={series} categories={categories} format={format} />
      )}
      {note && <p className="text-xs text-gray-700">{note}</p>}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={title}>
        <table className="w-full text-sm" data-testid={testId ? `${testId}-table` : undefined}>
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="p-1">
                {categoryHeader}
              </th>
              {series.map((s) => (
                <th key={s.label} scope="col" className="p-1 text-right">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {categories.map((c) => (
              <tr key={c.label} className="border-b">
                <th scope="row" className="p-1 text-left font-normal">
                  {c.label}
                </th>
                {c.values.map((v, k) => (
                  <td key={k} className="p-1 text-right" data-value={v}>
                    {format(v)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
