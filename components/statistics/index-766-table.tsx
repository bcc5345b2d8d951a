import type { Dictionary } from "@/lib/i18n";
import { fill, type Locale } from "@/lib/i18n/locales";
import { formatNumber } from "@/lib/statistics/figures";
import type { Index766 } from "@/lib/statistics/index-766";

/** Bộ chỉ số 766 of one scope: every indicator with its formula, numerator, denominator and score. */
export function Index766Table({
  index,
  t,
  locale,
  headingLevel = 2,
}: {
  index: Index766;
  t: Dictionary["statistics"]["index"];
  locale: Locale;
  headingLevel?: 2 | 3;
}) {
  const H = headingLevel === 2 ? "h2" : "h3";
  const n = (v: number | null | undefined, d = 0) => formatNumber(v ?? null, locale, d);
  return (
    <section aria-labelledby="chi-so-766" className="space-y-2">
      <H id="chi-so-766" className="text-xl font-semibold">
        {t.title}
      </H>
      <p className="text-sm text-gray-700">{t.intro}</p>
      <p className="font-semibold" data-testid="index-766-total">
        {fill(t.totalLine, { total: n(index.total, 2), evaluated: n(index.evaluated) })}
      </p>
      <div className="overflow-x-auto rounded bg-white shadow-sm" tabIndex={0} role="region" aria-label={t.title}>
        <table className="w-full text-sm">
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="p-2">
                {t.indicator}
              </th>
              <th scope="col" className="p-2">
                {t.formula}
              </th>
              <th scope="col" className="p-2 text-right">
                {t.numerator}
              </th>
              <th scope="col" className="p-2 text-right">
                {t.denominator}
              </th>
              <th scope="col" className="p-2 text-right">
                {t.points}
              </th>
              <th scope="col" className="p-2 text-right">
                {t.score}
              </th>
            </tr>
          </thead>
          {index.groups.map((g) => (
            <tbody key={g.code} data-group={g.code}>
              <tr className="border-b bg-gray-50">
                <th scope="colgroup" colSpan={6} className="p-2 text-left">
                  {t.groups[g.code]} ({g.points})
                </th>
              </tr>
              {g.indicators.map((i) => (
                <tr key={i.code} className="border-b align-top" data-indicator={i.code}>
                  <th scope="row" className="p-2 text-left font-normal">
                    {t.indicators[i.code].title}
                  </th>
                  <td className="p-2">{t.indicators[i.code].formula}</td>
                  <td className="p-2 text-right">{n(i.ratio?.numerator)}</td>
                  <td className="p-2 text-right">{n(i.ratio?.denominator)}</td>
                  <td className="p-2 text-right">{i.points}</td>
                  <td className="p-2 text-right">
                    {i.status === "SCORED" ? (
                      n(i.score, 2)
                    ) : (
                      <span title={i.status === "NO_DATA" ? t.noDataExplained : t.notApplicableExplained}>
                        {i.status === "NO_DATA" ? t.noDataStatus : t.notApplicable}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
              <tr className="border-b font-semibold">
                <th scope="row" colSpan={4} className="p-2 text-left">
                  {t.groupTotal}
                </th>
                <td className="p-2 text-right">{g.points}</td>
                <td className="p-2 text-right" data-testid={`group-${g.code}`}>
                  {n(g.score, 2)}
                </td>
              </tr>
            </tbody>
          ))}
          <tfoot>
            <tr className="font-semibold">
              <th scope="row" colSpan={4} className="p-2 text-left">
                {t.total}
              </th>
              <td className="p-2 text-right">100</td>
              <td className="p-2 text-right">{n(index.total, 2)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="text-sm text-gray-700">
        <strong>{t.noDataStatus}:</strong> {t.noDataExplained} <strong>{t.notApplicable}:</strong>{" "}
        {t.notApplicableExplained}
      </p>
    </section>
  );
}
