import Link from "next/link";
import type { Metadata } from "next";
import { connection } from "next/server";
import { AUTHORITY_LABEL, SERVICE_LEVEL_LABEL } from "@/lib/procedures/labels";
import { cachedFilterOptions, cachedSearchProcedures } from "@/lib/procedures/cached";
import { CATALOGUE_NOTE_TEXT, CATALOGUE_PATH, parseCatalogueParams, type RawSearchParams } from "@/lib/procedures/search-params";
import { CatalogueFilters } from "./_components/catalogue-filters";
import { Pagination } from "./_components/pagination";

export const metadata: Metadata = { title: "Thủ tục hành chính" };

export default async function CataloguePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await connection();
  const parsed = parseCatalogueParams(await searchParams);
  const [result, options] = await Promise.all([cachedSearchProcedures(parsed.query), cachedFilterOptions()]);
  const { items, total, page, pageCount, query } = result;
  const notes = [...parsed.notes, ...result.notes];

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Thủ tục hành chính</h1>
      <CatalogueFilters query={query} options={options} />
      {notes.length > 0 && (
        <ul role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {notes.map((n) => <li key={n}>{CATALOGUE_NOTE_TEXT[n]}</li>)}
        </ul>
      )}
      <p className="text-sm text-gray-600">Tìm thấy <strong>{total}</strong> thủ tục</p>
      {total === 0 ? (
        <div className="rounded bg-white p-6 shadow-sm space-y-2">
          <p className="font-semibold">Không tìm thấy thủ tục phù hợp.</p>
          <p className="text-gray-700">Hãy kiểm tra lại từ khóa, thử từ khóa ngắn hơn hoặc bỏ bớt bộ lọc.</p>
          <Link href={CATALOGUE_PATH}>Xem tất cả thủ tục</Link>
        </div>
      ) : (
        <>
          <ul className="divide-y rounded bg-white shadow-sm">
            {items.map((p) => (
              <li key={p.code} className="p-4">
                <Link href={`${CATALOGUE_PATH}/${p.code}`} className="font-semibold">{p.name}</Link>
                <div className="text-sm text-gray-600">
                  Mã {p.code} · {p.fieldName} · {AUTHORITY_LABEL[p.authorityLevel]} · {SERVICE_LEVEL_LABEL[p.serviceLevel]}
                </div>
              </li>
            ))}
          </ul>
          {pageCount > 1 && <Pagination query={query} page={page} pageCount={pageCount} />}
        </>
      )}
    </div>
  );
}
