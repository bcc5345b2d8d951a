import type { Metadata } from "next";
import { BarChart } from "@/components/charts/bar-chart";
import { getDictionary, getLocale } from "@/lib/i18n/server";
import { fill } from "@/lib/i18n/locales";
import { formatDateTime } from "@/components/ui/format";
import { cachedPublicStatistics } from "@/lib/statistics/cached";
import { formatNumber, formatPercent } from "@/lib/statistics/figures";
import { currentPeriod, FIRST_YEAR, KIND_PARAM, parsePeriod, type Period } from "@/lib/statistics/period";
import { FigureList } from "@/components/statistics/figure-list";
import { Index766Table } from "@/components/statistics/index-766-table";
import { AgencyTable } from "@/components/statistics/agency-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getDictionary()).statistics.title };
}

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
const COLORS = { early: "#15803d", onTime: "#1d4ed8", late: "#b91c1c", share: "#0f766e" };

/** Public statistics (NĐ 224/2026 Art. 19): no sign-in, cached, readable without JavaScript. */
export default async function StatisticsPage({ searchParams }: { searchParams: Promise<Params> }) {
  const [params, dictionary, locale] = await Promise.all([searchParams, getDictionary(), getLocale()]);
  const t = dictionary.statistics;
  const parsed = parsePeriod({ ky: one(params.ky), nam: one(params.nam), so: one(params.so) });
  const agencyCode = one(params["co-quan"])?.trim() || null;
  const period: Period = "period" in parsed ? parsed.period : currentPeriod();
  const data = "period" in parsed ? await cachedPublicStatistics(period, agencyCode) : null;
  const agencies = data?.agencies ?? (await cachedPublicStatistics(period, null))!.agencies;
  const error = "error" in parsed ? t.errors[parsed.error] : !data ? t.errors.agency : null;
  const n = (v: number | null, d = 0) => formatNumber(v, locale, d);
  const pct = (v: number) => formatPercent(v, locale);
  const years = Array.from({ length: currentPeriod().year - FIRST_YEAR + 1 }, (_, i) => currentPeriod().year - i);
  const periodName = fill(t.periodLabel[period.kind], { number: period.number, year: period.year });

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <p className="max-w-3xl text-gray-700">{t.intro}</p>
      <form method="get" className="grid gap-3 rounded bg-white p-3 shadow-sm sm:grid-cols-5" aria-label={t.periodForm}>
        <label className="text-sm">
          {t.kind}
          <select
            name="ky"
            defaultValue={KIND_PARAM[period.kind]}
            className="mt-1 block min-h-11 w-full rounded border px-2"
          >
            {(["month", "quarter", "year"] as const).map((k) => (
              <option key={k} value={KIND_PARAM[k]}>
                {t.kinds[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          {t.number}
          <select
            name="so"
            defaultValue={String(period.number)}
            className="mt-1 block min-h-11 w-full rounded border px-2"
          >
            {Array.from({ length: 12 }, (_, i) => (
              <option key={i} value={i + 1}>
                {i + 1}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          {t.year}
          <select
            name="nam"
            defaultValue={String(period.year)}
            className="mt-1 block min-h-11 w-full rounded border px-2"
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          {t.agency}
          <select
            name="co-quan"
            defaultValue={agencyCode ?? ""}
            className="mt-1 block min-h-11 w-full rounded border px-2"
          >
            <option value="">{t.allAgencies}</option>
            {[...agencies]
              .sort((a, b) => a.name.localeCompare(b.name, "vi"))
              .map((a) => (
                <option key={a.code} value={a.code} lang="vi">
                  {a.name}
                </option>
              ))}
          </select>
        </label>
        <div className="flex items-end">
          <button className="min-h-11 w-full rounded bg-brand-700 px-4 py-2 font-semibold text-white">{t.show}</button>
        </div>
      </form>
      {error && (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      )}
      {data && !error && (
        <>
          <section aria-labelledby="ket-qua-chinh" className="space-y-3">
            <h2 id="ket-qua-chinh" className="text-xl font-semibold">
              {t.headline}: <span lang={data.scope.name ? "vi" : undefined}>{data.scope.name ?? t.scopeProvince}</span>,{" "}
              {periodName}
            </h2>
            <p className="text-sm text-gray-700">
              {data.refreshedAt
                ? fill(t.refreshedAt, {
                    time: formatDateTime(new Date(data.refreshedAt)),
                  })
                : t.notRefreshed}
            </p>
            <FigureList f={data.scope.figures} t={t} locale={locale} />
          </section>
          <p className="text-sm text-gray-700">{t.chartNote}</p>
          <div className="grid gap-4 lg:grid-cols-2">
            <BarChart
              title={t.monthlyTitle}
              categoryHeader={t.month}
              testId="monthly-chart"
              format={(v) => n(v)}
              series={[
                { label: t.early, color: COLORS.early },
                { label: t.onTime, color: COLORS.onTime },
                { label: t.late, color: COLORS.late },
              ]}
              categories={data.months.map((m) => ({
                label: `${m.month.slice(5)}/${m.month.slice(0, 4)}`,
                values: [m.early, m.onTime, m.late],
              }))}
            />
            <BarChart
              title={t.channelChart}
              categoryHeader={t.channels}
              testId="channel-chart"
              layout="horizontal"
              format={pct}
              series={[{ label: t.share, color: COLORS.share }]}
              categories={[
                { label: t.online, values: [data.scope.figures.online.value ?? 0] },
                { label: t.postal, values: [data.scope.figures.postal.value ?? 0] },
                { label: t.counter, values: [data.scope.figures.counter.value ?? 0] },
              ]}
            />
          </div>
          <Index766Table index={data.scope.index} t={t.index} locale={locale} />
          <AgencyTable agencies={data.agencies} t={t} locale={locale} />
        </>
      )}
    </div>
  );
}
