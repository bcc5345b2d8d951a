import type { Dictionary } from "@/lib/i18n";
import type { listProcedures } from "@/lib/procedures/queries";
import { PageLink } from "@/components/layout/page-link";

type Procedure = Awaited<ReturnType<typeof listProcedures>>[number];

/** The home page for a language: the same markup per request and prerendered (app/(static)). */
export function HomeView({ t, procedures }: { t: Dictionary; procedures: Procedure[] }) {
  return (
    <div className="space-y-8">
      <section className="rounded-lg bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-semibold">{t.common.portalName}</h1>
        <p className="mt-2 text-gray-700">{t.home.intro}</p>
        <form action="/thu-tuc" className="mt-4 flex flex-col sm:flex-row gap-2" role="search">
          <label htmlFor="q" className="sr-only">
            {t.home.searchLabel}
          </label>
          <input id="q" name="q" placeholder={t.home.searchPlaceholder} className="flex-1 rounded border px-3 py-2" />
          <button className="rounded bg-brand-700 px-4 py-2 text-white font-semibold">{t.home.search}</button>
        </form>
      </section>
      <section>
        <h2 className="text-lg font-semibold mb-3">{t.home.popular}</h2>
        <ul className="grid gap-3 sm:grid-cols-2">
          {procedures.map((p) => (
            <li key={p.code} className="rounded bg-white p-4 shadow-sm">
              <a href={`/thu-tuc/${p.code}`} lang="vi">
                {p.name}
              </a>
              <div className="text-sm text-gray-600">
                <span lang="vi">{p.field.name}</span> · {p.code}
              </div>
            </li>
          ))}
        </ul>
        <p className="mt-3">
          <PageLink href="/thu-tuc">{t.home.allProcedures}</PageLink>
        </p>
      </section>
      <section className="rounded-lg bg-white p-6 shadow-sm">
        <h2 className="text-lg font-semibold">{t.home.lookupTitle}</h2>
        <p className="text-gray-700">{t.home.lookupText}</p>
        <PageLink href="/tra-cuu">{t.home.lookupNow}</PageLink>
      </section>
    </div>
  );
}
