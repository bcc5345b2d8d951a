import type { Metadata } from "next";
import { connection } from "next/server";
import "@/components/layout/globals.css";
import { dictionaryFor } from "@/lib/i18n";
import { getLocale } from "@/lib/i18n/server";
import { NotFoundText } from "@/components/layout/not-found-text";
import { SiteHeader } from "@/components/layout/site-header";
import { portalMetadata, SiteShell, viewport as shellViewport } from "@/components/layout/site-shell";

export const viewport = shellViewport;

export async function generateMetadata(): Promise<Metadata> {
  await connection();
  const locale = await getLocale();
  const t = dictionaryFor(locale);
  return { ...portalMetadata(locale), title: t.common.titleTemplate.replace("%s", t.notFound.title) };
}

/**
 * An address that matches no page (Next.js global-not-found: the app has two root layouts,
 * docs/decisions/016, so no layout sits above this page and it brings the whole document).
 * Rendered per request, like the pages of the route groups: in the visitor's language (stored
 * preference or the switch's cookie) under the real header, so a signed-in citizen is never
 * shown as signed out (issue 25). Per request also gives its scripts the response's nonce
 * (proxy.ts, docs/decisions/027): a copy prerendered once has none, and the policy would block them.
 */
export default async function NotFound() {
  await connection();
  const locale = await getLocale();
  return (
    <SiteShell locale={locale} header={<SiteHeader locale={locale} />}>
      <NotFoundText t={dictionaryFor(locale).notFound} />
    </SiteShell>
  );
}
