import type { Metadata, Viewport } from "next";
import "./globals.css";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { dictionaryFor } from "@/lib/i18n";
import { getDictionary, getLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = (await getDictionary()).common;
  return { title: { default: t.portalName, template: t.titleTemplate }, description: t.description };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#991b1b" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The language of this request (lib/i18n/server.ts): the page is rendered per request, so it never leaks to another visitor.
  const locale = await getLocale();
  const t = dictionaryFor(locale).common;
  return (
    <html lang={locale}>
      <body className="min-h-screen flex flex-col">
        <a href="#noi-dung" className="sr-only focus:not-sr-only focus:absolute focus:p-2 focus:bg-white">{t.skipToContent}</a>
        <SiteHeader locale={locale} />
        <main id="noi-dung" className="flex-1 w-full max-w-5xl mx-auto px-4 py-6">{children}</main>
        <SiteFooter text={t.footer} />
      </body>
    </html>
  );
}
