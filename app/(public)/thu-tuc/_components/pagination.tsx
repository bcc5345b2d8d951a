import Link from "next/link";
import { catalogueHref, type CatalogueQuery } from "@/lib/procedures/search-params";

function PageLink({ query, page, enabled, children }: { query: CatalogueQuery; page: number; enabled: boolean; children: React.ReactNode }) {
  const className = "rounded border bg-white px-3 py-2";
  if (!enabled) return <span aria-disabled="true" className={`${className} text-gray-400`}>{children}</span>;
  return <Link href={catalogueHref(query, page)} className={className}>{children}</Link>;
}

export function Pagination({ query, page, pageCount }: { query: CatalogueQuery; page: number; pageCount: number }) {
  return (
    <nav aria-label="Phân trang" className="flex items-center justify-between gap-2">
      <PageLink query={query} page={page - 1} enabled={page > 1}>← Trang trước</PageLink>
      <span className="text-sm text-gray-700">Trang {page} / {pageCount}</span>
      <PageLink query={query} page={page + 1} enabled={page < pageCount}>Trang sau →</PageLink>
    </nav>
  );
}
