import type { Metadata } from "next";
import { connection } from "next/server";
import { getDictionary } from "@/lib/i18n/server";
import { cachedFilterOptions, cachedSearchProcedures } from "@/lib/procedures/cached";
import { parseCatalogueParams, type RawSearchParams } from "@/lib/procedures/search-params";
import { CatalogueView } from "./_components/catalogue-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getDictionary()).catalogue.title };
}

// A search (?q=, filters, pages) or a signed-in visitor: rendered per request. The first page
// for visitors without a session is prerendered per language (proxy.ts, app/(static)).
export default async function CataloguePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await connection();
  const parsed = parseCatalogueParams(await searchParams);
  // The data caches are keyed by the search only: they hold no UI text, so the language cannot leak between visitors.
  const [result, options, dictionary] = await Promise.all([
    cachedSearchProcedures(parsed.query),
    cachedFilterOptions(),
    getDictionary(),
  ]);
  return <CatalogueView dictionary={dictionary} result={result} options={options} notes={parsed.notes} />;
}
