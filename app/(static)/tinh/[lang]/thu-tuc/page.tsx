import type { Metadata } from "next";
import { dictionaryFor } from "@/lib/i18n";
import { staticLocale } from "@/lib/i18n/static-locale";
import { cachedFilterOptions, cachedSearchProcedures } from "@/lib/procedures/cached";
import { parseCatalogueParams } from "@/lib/procedures/search-params";
import { CatalogueView } from "@/app/(public)/thu-tuc/_components/catalogue-view";

// The catalogue's first page, unfiltered, for visitors without a session, prerendered per
// language (proxy.ts). A search or another page is rendered per request (app/(public)/thu-tuc).
export const revalidate = 300;

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: dictionaryFor(await staticLocale(params)).catalogue.title };
}

export default async function StaticCataloguePage({ params }: Props) {
  const locale = await staticLocale(params);
  const parsed = parseCatalogueParams({});
  const [result, options] = await Promise.all([cachedSearchProcedures(parsed.query), cachedFilterOptions()]);
  return <CatalogueView dictionary={dictionaryFor(locale)} result={result} options={options} notes={parsed.notes} />;
}
