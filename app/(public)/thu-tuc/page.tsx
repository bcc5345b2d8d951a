import type { Metadata } from "next";
import { connection } from "next/server";
import { getDictionary } from "@/lib/i18n/server";
import { fill } from "@/lib/i18n/locales";
import { cachedFilterOptions, cachedSearchProcedures } from "@/lib/procedures/cached";
import { CATALOGUE_PATH, MAX_QUERY_LENGTH, parseCatalogueParams, type RawSearchParams } from "@/lib/procedures/search-params";
import { CatalogueFilters } from "./_components/catalogue-filters";
import { Pagination } from "./_components/pagination";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getDictionary()).catalogue.title };
}

export default async function CataloguePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await connection();
  const parsed = parseCatalogueParams(await searchParams);
  // The data caches are keyed by the search only: they hold no UI text, so the language cannot leak between visitors.
  const [result, options, dictionary] = await Promise.all([cachedSearchProcedures(parsed.query), cachedFilterOptions(), getDictionary()]);
  const t = dictionary.catalogue;
  const labels = dictionary.labels;
  const { items, total, page, pageCount, query } = result;
  const notes = [...parsed.notes, ...result.notes];

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <CatalogueFilters query={query} options={options} t={t} labels={labels} />
      {notes.length > 0 && (
        <ul role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {notes.map((n) => <li key={n}>{fill(t.notes[n], { max: MAX_QUERY_LENGTH })}</li>)}
        </ul>
      )}
      <p className="text-sm text-gray-600">{t.foundBefore} <strong>{total}</strong> {t.foundAfter}</p>
      {total === 0 ? (
        <div className="rounded bg-white p-6 shadow-sm space-y-2">
          <p className="font-semibold">{t.noneTitle}</p>
          <p className="text-gray-700">{t.noneHelp}</p>
          <a href={CATALOGUE_PATH}>{t.showAll}</a>
        </div>
      ) : (
        <>
          <ul className="divide-y rounded bg-white shadow-sm">
            {items.map((p) => (
              <li key={p.code} className="p-4">
                <a href={`${CATALOGUE_PATH}/${p.code}`} className="font-semibold" lang="vi">{p.name}</a>
                <div className="text-sm text-gray-600">
                  {fill(t.code, { code: p.code })} · <span lang="vi">{p.fieldName}</span> · {labels.authority[p.authorityLevel]} · {labels.serviceLevel[p.serviceLevel]}
                </div>
              </li>
            ))}
          </ul>
          {pageCount > 1 && <Pagination query={query} page={page} pageCount={pageCount} t={t} />}
        </>
      )}
    </div>
  );
}
