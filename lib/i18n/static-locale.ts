import { notFound } from "next/navigation";
import { asLocale, type Locale } from "./locales";

/** The language segment of a prerendered public page (app/(static)/tinh/[lang]): vi or en, else 404. */
export async function staticLocale(params: Promise<{ lang: string }>): Promise<Locale> {
  const locale = asLocale((await params).lang);
  if (!locale) notFound();
  return locale;
}
