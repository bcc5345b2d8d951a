import type { Dictionary } from "@/lib/i18n";
import { fill } from "@/lib/i18n/locales";
import type { CatalogueFilterOptions, CatalogueResult } from "@/lib/procedures/search";
import { CATALOGUE_PATH, MAX_QUERY_LENGTH, type CatalogueNote } from "@/lib/procedures/search-params";
import { CatalogueFilters } from "./catalogue-filters";
import { Pagination } from "./pagination";

/** The catalogue for a language: the same markup per request (a search) and prerendered (the first page, app/(static)). */
export function CatalogueView({
  dictionary,
  result,
  options,
  notes: parsedNotes,
}: {
  dictionary: Dictionary;
  result: CatalogueResult;
  options: CatalogueFilterOptions;
  notes: CatalogueNote[];
}) {
  const t = dictionary.catalogue;
  const labels = dictionary.labels;
  const { items, total, page, pageCount, query } = result;
  const notes = [...parsedNotes, ...result.notes];

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <CatalogueFilters query={query} options={options} t={t} labels={labels} />
      {notes.length > 0 && (
        <ul role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {notes.map((n) => (
            <li key={n}>{fill(t.notes[n], { max: MAX_QUERY_LENGTH })}</li>
          ))}
        </ul>
      )}
      <p className="text-sm text-gray-600">
        {t.foundBefore} <strong>{total}</strong> {t.foundAfter}
      </p>
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
                <a href={`${CATALOGUE_PATH}/${p.code}`} className="font-semibold" lang="vi">
                  {p.name}
                </a>
                <div className="text-sm text-gray-600">
                  {fill(t.code, { code: p.code })} · <span lang="vi">{p.fieldName}</span> ·{" "}
                  {labels.authority[p.authorityLevel]} · {labels.serviceLevel[p.serviceLevel]}
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
