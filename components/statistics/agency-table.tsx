import type { Dictionary } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { formatNumber, formatPercent } from "@/lib/statistics/figures";
import type { AgencyStatistics } from "@/lib/statistics/public";

/**
 * The agencies of the public statistics in their 766 order (lib/statistics/index-766.ts rank):
 * the ranked ones first, then those without dossiers in the period, marked so.
 */
export function AgencyTable({
  agencies,
  t,
  locale,
}: {
  agencies: (AgencyStatistics & { rank: number | null })[];
  t: Dictionary["statistics"];
  locale: Locale;
}) {
  const n = (v: number | null, d = 0) => formatNumber(v, locale, d);
  return (
    <section aria-labelledby="theo-co-quan" className="space-y-2">
      <h2 id="theo-co-quan" className="text-xl font-semibold">
        {t.agenciesTitle}
      </h2>
      <div
        className="overflow-x-auto rounded bg-white shadow-sm"
        tabIndex={0}
        role="region"
        aria-label={t.agenciesTitle}
      >
        <table className="w-full text-sm" data-testid="agency-table">
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="p-2">
                {t.rank}
              </th>
              <th scope="col" className="p-2">
                {t.agency}
              </th>
              <th scope="col" className="p-2 text-right">
                {t.received}
              </th>
              <th scope="col" className="p-2 text-right">
                {t.resolved}
              </th>
              <th scope="col" className="p-2 text-right">
                {t.onTimeRate}
              </th>
              <th scope="col" className="p-2 text-right">
                {t.online}
              </th>
              <th scope="col" className="p-2 text-right">
                {t.satisfaction}
              </th>
              <th scope="col" className="p-2 text-right">
                {t.score766}
              </th>
              <th scope="col" className="p-2 text-right">
                {t.evaluated}
              </th>
            </tr>
          </thead>
          <tbody>
            {agencies.map((a) => (
              <tr key={a.id} className="border-b">
                <td className="p-2" data-testid="agency-rank">
                  {a.rank ?? (a.index.hasDossiers ? t.unranked : t.noDossiers)}
                </td>
                <th scope="row" className="p-2 text-left font-normal" lang="vi">
                  {a.name}
                </th>
                <td className="p-2 text-right">{n(a.figures.received)}</td>
                <td className="p-2 text-right">{n(a.figures.resolved)}</td>
                <td className="p-2 text-right">{formatPercent(a.figures.onTimeRate, locale)}</td>
                <td className="p-2 text-right">{formatPercent(a.figures.online, locale)}</td>
                <td className="p-2 text-right">{formatPercent(a.figures.satisfaction, locale)}</td>
                <td className="p-2 text-right">{n(a.index.total, 2)}</td>
                <td className="p-2 text-right">{n(a.index.evaluated)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
