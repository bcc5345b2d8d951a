"use client";
import { useParams } from "next/navigation";
import { asLocale, DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { NotFoundText } from "@/components/layout/not-found-text";

type Texts = { title: string; text: string; home: string; catalogue: string };

export function StaticNotFound({ texts }: { texts: Record<Locale, Texts> }) {
  const locale = asLocale(useParams<{ lang: string }>()?.lang) ?? DEFAULT_LOCALE;
  return <NotFoundText t={texts[locale]} />;
}
