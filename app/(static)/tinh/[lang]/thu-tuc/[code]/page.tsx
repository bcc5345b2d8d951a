import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { dictionaryFor } from "@/lib/i18n";
import { staticLocale } from "@/lib/i18n/static-locale";
import { cachedProcedure } from "@/lib/procedures/cached";
import { ProcedureView } from "@/app/(public)/thu-tuc/[code]/_components/procedure-view";

// A procedure for visitors without a session, prerendered per language on its first request
// (proxy.ts); signed-in visitors get app/(public)/thu-tuc/[code] with the form to apply.
export const revalidate = 300;

type Props = { params: Promise<{ lang: string; code: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, procedure] = await Promise.all([staticLocale(params), params.then((p) => cachedProcedure(p.code))]);
  return { title: procedure?.name ?? dictionaryFor(locale).procedure.fallbackTitle };
}

export default async function StaticProcedurePage({ params }: Props) {
  const [locale, procedure] = await Promise.all([staticLocale(params), params.then((p) => cachedProcedure(p.code))]);
  if (!procedure) notFound();
  return <ProcedureView dictionary={dictionaryFor(locale)} procedure={procedure} signedIn={false} />;
}
