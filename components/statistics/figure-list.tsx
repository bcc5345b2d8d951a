import type { Dictionary } from "@/lib/i18n";
import { fill, type Locale } from "@/lib/i18n/locales";
import { formatNumber, formatPercent, type Figures, type Ratio } from "@/lib/statistics/figures";

/** The headline figures of a scope, as a definition list (readable without styles or JavaScript). */
export function FigureList({ f, t, locale }: { f: Figures; t: Dictionary["statistics"]; locale: Locale }) {
  const n = (v: number | null, d = 0) => formatNumber(v, locale, d);
  const rate = (r: Ratio, testId?: string) => (
    <dd>
      <span className="text-2xl font-semibold" data-testid={testId}>
        {r.value === null ? t.noData : formatPercent(r, locale)}
      </span>
      {r.denominator > 0 && (
        <span className="ml-2 text-sm text-gray-700">
          ({fill(t.ofWhich, { numerator: n(r.numerator), denominator: n(r.denominator) })})
        </span>
      )}
    </dd>
  );
  return (
    <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      <div className="rounded bg-white p-3 shadow-sm">
        <dt className="font-semibold">{t.onTimeRate}</dt>
        {rate(f.onTimeRate, "on-time-rate")}
      </div>
      <div className="rounded bg-white p-3 shadow-sm">
        <dt className="font-semibold">{t.received}</dt>
        <dd className="text-2xl font-semibold" data-testid="received">
          {n(f.received)}
        </dd>
        <dd className="text-sm">
          {t.online} {n(f.online.numerator)} · {t.postal} {n(f.postal.numerator)} · {t.counter} {n(f.counter.numerator)}
        </dd>
      </div>
      <div className="rounded bg-white p-3 shadow-sm">
        <dt className="font-semibold">{t.resolved}</dt>
        <dd className="text-2xl font-semibold" data-testid="resolved">
          {n(f.resolved)}
        </dd>
        <dd className="text-sm">
          {t.early} {n(f.early)} · {t.onTime} {n(f.onTime)} · {t.late} <span data-testid="late">{n(f.late)}</span>
          {f.unclassified > 0 ? ` · ${t.unclassified} ${n(f.unclassified)}` : ""}
        </dd>
      </div>
      <div className="rounded bg-white p-3 shadow-sm">
        <dt className="font-semibold">{t.fullOnlineProcedures}</dt>
        {rate(f.fullOnlineProcedures)}
      </div>
      <div className="rounded bg-white p-3 shadow-sm">
        <dt className="font-semibold">{t.fullOnlineDossiers}</dt>
        {rate(f.fullOnlineDossiers)}
      </div>
      <div className="rounded bg-white p-3 shadow-sm">
        <dt className="font-semibold">{t.averageTime}</dt>
        <dd className="text-lg font-semibold" data-testid="average-time">
          {f.averageDays === null
            ? t.noData
            : fill(t.averageTimeValue, { actual: n(f.averageDays, 1), legal: n(f.averageLegalDays, 1) })}
        </dd>
        <dd className="text-xs text-gray-700">{t.averageTimeNote}</dd>
      </div>
      <div className="rounded bg-white p-3 shadow-sm">
        <dt className="font-semibold">{t.satisfaction}</dt>
        {rate(f.satisfaction, "satisfaction")}
        <dd className="text-xs text-gray-700">{t.satisfactionNote}</dd>
      </div>
    </dl>
  );
}
