import type { Metadata } from "next";
import { SiteHeaderView } from "@/components/layout/site-header";
import { portalMetadata, SiteShell, viewport as shellViewport } from "@/components/layout/site-shell";
import { staticLocale } from "@/lib/i18n/static-locale";

// The root layout of the public pages prerendered per language (docs/decisions/016). proxy.ts
// sends here only visitors without a session cookie, so the header shows the signed-out state;
// nothing here reads cookies or headers, which is what lets the pages be served as files.
type Props = { children: React.ReactNode; params: Promise<{ lang: string }> };

// No language is built ahead (the build has no database); each page is rendered on its first
// request and kept, per language, until revalidated (STATIC_REVALIDATE_SECONDS, or updateTag("catalogue")).
export const viewport = shellViewport;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  return portalMetadata(await staticLocale(params));
}

export default async function StaticRootLayout({ children, params }: Props) {
  const locale = await staticLocale(params);
  return (
    <SiteShell locale={locale} header={<SiteHeaderView locale={locale} actor={null} />}>
      {children}
    </SiteShell>
  );
}
