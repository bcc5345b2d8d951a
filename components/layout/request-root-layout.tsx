import type { Metadata } from "next";
import { getLocale } from "@/lib/i18n/server";
import { SiteHeader } from "./site-header";
import { portalMetadata, SiteShell } from "./site-shell";

// The root layout of every page rendered per request (each route group's layout.tsx re-exports
// it; there is no app/layout.tsx, see site-shell.tsx): the language of this request (lib/i18n/server.ts), so it never leaks to another visitor.
export async function requestMetadata(): Promise<Metadata> {
  return portalMetadata(await getLocale());
}

export async function RequestRootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <SiteShell locale={locale} header={<SiteHeader locale={locale} />}>
      {children}
    </SiteShell>
  );
}
