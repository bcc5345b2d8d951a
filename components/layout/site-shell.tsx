import "./globals.css";
import { dictionaryFor } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { SiteFooter } from "./site-footer";

/**
 * The whole document around a page: <html> in the page's language, the skip link, the header,
 * the main region and the footer. The app has no app/layout.tsx but two kinds of root layout
 * (docs/decisions/016): each route group's layout.tsx for the pages rendered per request, and
 * app/(static)/tinh/[lang]/layout.tsx for the public pages prerendered per language. A new
 * top-level folder outside the route groups needs its own layout.tsx rendering this shell.
 */
export function SiteShell({
  locale,
  header,
  children,
}: {
  locale: Locale;
  header: React.ReactNode;
  children: React.ReactNode;
}) {
  const t = dictionaryFor(locale).common;
  return (
    <html lang={locale}>
      <body className="min-h-screen flex flex-col">
        <a href="#noi-dung" className="sr-only focus:not-sr-only focus:absolute focus:p-2 focus:bg-white">
          {t.skipToContent}
        </a>
        {header}
        <main id="noi-dung" className="flex-1 w-full max-w-5xl mx-auto px-4 py-6">
          {children}
        </main>
        <SiteFooter text={t.footer} />
      </body>
    </html>
  );
}

export function portalMetadata(locale: Locale) {
  const t = dictionaryFor(locale).common;
  return { title: { default: t.portalName, template: t.titleTemplate }, description: t.description, ...PORTAL_ICONS };
}

/** What public/ serves (scripts/make-icons.ts draws the icons), linked from every root layout's <head>. */
const PORTAL_ICONS = {
  manifest: "/manifest.webmanifest",
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: { url: "/apple-touch-icon.png", sizes: "180x180" },
  },
};

export const viewport = { width: "device-width", initialScale: 1, themeColor: "#991b1b" } as const;
