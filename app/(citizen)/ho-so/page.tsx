import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { listMyDossiers } from "@/lib/dossiers/queries";
import { fill } from "@/lib/i18n/locales";
import { getDictionary } from "@/lib/i18n/server";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDate, formatDateTime } from "@/components/ui/format";
import { PageLink } from "@/components/layout/page-link";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getDictionary()).dossiers.title };
}

export default async function MyDossiersPage({ searchParams }: { searchParams: Promise<{ sau?: string | string[] }> }) {
  const actor = await requirePageActor("/ho-so");
  const after = (await searchParams).sau;
  const [page, dictionary] = await Promise.all([
    listMyDossiers(actor, typeof after === "string" ? after : undefined),
    getDictionary(),
  ]);
  const dossiers = page.items;
  const t = dictionary.dossiers;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      {dossiers.length === 0 ? (
        <p>
          {t.empty} <PageLink href="/thu-tuc">{t.findProcedure}</PageLink>
        </p>
      ) : (
        <ul className="divide-y rounded bg-white shadow-sm">
          {dossiers.map((d) => (
            <li key={d.id} className="p-4 space-y-1">
              <a href={`/ho-so/${d.id}`} className="font-semibold" lang="vi">
                {d.procedure.name}
              </a>
              <div className="text-sm text-gray-700 flex flex-wrap gap-x-4 items-center">
                <StatusBadge status={d.status} label={dictionary.labels.status[d.status]} />
                <span>{d.code ?? t.notSubmitted}</span>
                <span lang="vi">{d.agency.name}</span>
                {d.status === "DRAFT" ? (
                  <span>{fill(t.draftUntil, { date: formatDate(d.draftExpiresAt) })}</span>
                ) : (
                  <span>{fill(t.submittedAt, { date: formatDateTime(d.submittedAt) })}</span>
                )}
                {d.dueAt && <span>{fill(t.dueAt, { date: formatDateTime(d.dueAt) })}</span>}
              </div>
            </li>
          ))}
        </ul>
      )}
      {(page.nextCursor || page.paged) && (
        <nav aria-label={t.pagesNav} className="flex flex-wrap gap-4">
          {page.paged && <PageLink href="/ho-so">{t.newestDossiers}</PageLink>}
          {page.nextCursor && (
            <PageLink href={`/ho-so?sau=${encodeURIComponent(page.nextCursor)}`}>{t.olderDossiers}</PageLink>
          )}
        </nav>
      )}
    </div>
  );
}
