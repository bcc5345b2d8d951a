import type { Metadata } from "next";
import { headers } from "next/headers";
import { connection } from "next/server";
import { env } from "@/lib/env";
import { clientKey } from "@/lib/http/client-ip";
import { rateLimit } from "@/lib/rate-limit";
import { lookupDossierByCode } from "@/lib/dossiers/queries";
import { StatusBadge } from "@/components/ui/status-badge";
import { fill } from "@/lib/i18n/locales";
import { getDictionary } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getDictionary()).lookup.title };
}

export default async function LookupPage({ searchParams }: { searchParams: Promise<{ ma?: string }> }) {
  await connection();
  const [{ ma }, dictionary] = await Promise.all([searchParams, getDictionary()]);
  const t = dictionary.lookup;
  const code = typeof ma === "string" ? ma.trim() : "";
  // Anonymous lookups are limited per client address, so codes cannot be harvested by guessing.
  const client = clientKey(await headers());
  const limited = code ? !rateLimit(`lookup:${client}`, env.LOOKUP_RATE_LIMIT_PER_MINUTE, 60_000).allowed : false;
  const found = code && !limited ? await lookupDossierByCode(code) : null;
  return (
    <div className="space-y-4 max-w-xl">
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <form className="flex flex-col sm:flex-row gap-2" role="search">
        <label htmlFor="ma" className="sr-only">
          {t.codeLabel}
        </label>
        <input
          id="ma"
          name="ma"
          defaultValue={code}
          placeholder={t.placeholder}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          className="flex-1 rounded border px-3 py-2"
        />
        <button className="rounded bg-brand-700 px-4 py-2 text-white font-semibold">{t.submit}</button>
      </form>
      {limited && (
        <p role="alert" className="text-red-700">
          {t.limited}
        </p>
      )}
      {code &&
        !limited &&
        (found ? (
          <div className="rounded bg-white p-4 shadow-sm" aria-live="polite">
            <p>
              {t.code} <strong>{found.code}</strong>
            </p>
            <p>
              {t.procedure} <span lang="vi">{found.procedure.name}</span>
            </p>
            <p>
              {t.status} <StatusBadge status={found.status} label={dictionary.labels.status[found.status]} />
            </p>
          </div>
        ) : (
          <p role="alert" className="text-red-700">
            {fill(t.notFound, { code })}
          </p>
        ))}
    </div>
  );
}
