import { doesCaseWork, getActor, type Actor } from "@/lib/auth/actor";
import { dictionaryFor } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { LanguageSwitch } from "./language-switch";
import { PageLink } from "@/components/layout/page-link";

/** The header of a page rendered per request: the signed-in person's links and name. */
export async function SiteHeader({ locale }: { locale: Locale }) {
  return <SiteHeaderView locale={locale} actor={await getActor()} />;
}

/**
 * The header for a given visitor. The prerendered public pages (app/(static)) use it with no
 * actor: proxy.ts sends only visitors without a session cookie there, so what they show is true.
 */
export function SiteHeaderView({ locale, actor }: { locale: Locale; actor: Actor | null }) {
  const t = dictionaryFor(locale).common;
  return (
    <header className="bg-brand-700 text-white">
      <div className="max-w-5xl mx-auto px-4 py-3 flex flex-wrap items-center gap-x-6 gap-y-2">
        <PageLink href="/" className="text-white font-semibold text-lg no-underline hover:no-underline">
          {t.siteName}
        </PageLink>
        <nav aria-label={t.mainNav} className="flex flex-wrap gap-4 text-sm">
          <PageLink className="text-white" href="/thu-tuc">
            {t.navCatalogue}
          </PageLink>
          <PageLink className="text-white" href="/tra-cuu">
            {t.navLookup}
          </PageLink>
          <PageLink className="text-white" href="/thong-ke">
            {t.navStatistics}
          </PageLink>
          {actor && (
            <PageLink className="text-white" href="/ho-so">
              {t.navMyDossiers}
            </PageLink>
          )}
          {actor && (
            <PageLink className="text-white" href="/kho-du-lieu">
              {t.navDocuments}
            </PageLink>
          )}
          {actor && (
            <PageLink className="text-white" href="/ho-so-ca-nhan">
              {t.navAccount}
            </PageLink>
          )}
          {/* Each staff area is linked only for the roles it opens to (README, "Roles and scopes"). */}
          {actor && doesCaseWork(actor) && (
            <PageLink className="text-white" href="/can-bo">
              {t.navStaff}
            </PageLink>
          )}
          {actor?.memberships.some((m) => m.role === "POSTAL_OFFICER") && (
            <PageLink className="text-white" href="/buu-chinh" lang="vi">
              Bưu chính
            </PageLink>
          )}
          {/* The administration area is for staff and stays in Vietnamese. */}
          {actor?.memberships.some((m) => m.role === "ADMIN") && (
            <PageLink className="text-white" href="/quan-tri" lang="vi">
              Quản trị
            </PageLink>
          )}
        </nav>
        <div className="ml-auto text-sm flex items-center gap-3">
          <LanguageSwitch locale={locale} label={t.switchLanguage} />
          {actor ? (
            <>
              <span aria-label={t.signedInUser}>{actor.fullName}</span>
              <SignOutButton label={t.signOut} />
            </>
          ) : (
            <PageLink className="text-white font-semibold" href="/dang-nhap">
              {t.signIn}
            </PageLink>
          )}
        </div>
      </div>
    </header>
  );
}
