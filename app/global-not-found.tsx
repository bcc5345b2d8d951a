import type { Metadata } from "next";
import { connection } from "next/server";
import "@/components/layout/globals.css";
import { dictionaryFor } from "@/lib/i18n";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { NotFoundText } from "@/components/layout/not-found-text";
import { SiteHeaderView } from "@/components/layout/site-header";
import { portalMetadata, SiteShell, viewport as shellViewport } from "@/components/layout/site-shell";

const t = dictionaryFor(DEFAULT_LOCALE);

export const viewport = shellViewport;
export const metadata: Metadata = {
  ...portalMetadata(DEFAULT_LOCALE),
  title: t.common.titleTemplate.replace("%s", t.notFound.title),
};

/**
 * An address that matches no page (Next.js global-not-found: the app has two root layouts,
 * docs/decisions/016, so no layout sits above this page and it brings the whole document). In
 * Vietnamese with the signed-out header, like a prerendered page; a notFound() of a page gets its
 * route group's not-found.tsx instead, in the visitor's language under the real header. Rendered
 * per request all the same, so that its scripts carry the response's nonce (proxy.ts,
 * docs/decisions/027): a copy prerendered once has none, and the policy would block them.
 */
export default async function NotFound() {
  await connection();
  return (
    <SiteShell locale={DEFAULT_LOCALE} header={<SiteHeaderView locale={DEFAULT_LOCALE} actor={null} />}>
      <NotFoundText t={t.notFound} />
    </SiteShell>
  );
}
