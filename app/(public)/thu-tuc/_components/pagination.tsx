import type { Dictionary } from "@/lib/i18n";
import { fill } from "@/lib/i18n/locales";
import { catalogueHref, type CatalogueQuery } from "@/lib/procedures/search-params";

function PageLink({
  query,
  page,
  enabled,
  children,
}: {
  query: CatalogueQuery;
  page: number;
  enabled: boolean;
  children: React.ReactNode;
}) {
  const className = "rounded border bg-white px-3 py-2";
  if (!enabled)
    return (
      <span aria-disabled="true" className={`${className} text-gray-400`}>
        {children}
      </span>
    );
  return (
    <a href={catalogueHref(query, page)} className={className}>
      {children}
    </a>
  );
}

export function Pagination({
  query,
  page,
  pageCount,
  t,
}: {
  query: CatalogueQuery;
  page: number;
  pageCount: number;
  t: Dictionary["catalogue"];
}) {
  return (
    <nav aria-label={t.pagination} className="flex items-center justify-between gap-2">
      <PageLink query={query} page={page - 1} enabled={page > 1}>
        {t.previous}
      </PageLink>
      <span className="text-sm text-gray-700">{fill(t.pageOf, { page, count: pageCount })}</span>
      <PageLink query={query} page={page + 1} enabled={page < pageCount}>
        {t.next}
      </PageLink>
    </nav>
  );
}
