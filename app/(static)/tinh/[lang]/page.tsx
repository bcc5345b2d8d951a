import { dictionaryFor } from "@/lib/i18n";
import { staticLocale } from "@/lib/i18n/static-locale";
import { cachedListProcedures } from "@/lib/procedures/cached";
import { HomeView } from "@/app/(public)/_components/home-view";

// The home page for visitors without a session, prerendered per language (proxy.ts).
export const revalidate = 300;

export default async function StaticHomePage({ params }: { params: Promise<{ lang: string }> }) {
  const locale = await staticLocale(params);
  return <HomeView t={dictionaryFor(locale)} procedures={(await cachedListProcedures()).slice(0, 6)} />;
}
