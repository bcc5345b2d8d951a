import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { listMyDocuments } from "@/lib/documents/store";
import { getDictionary } from "@/lib/i18n/server";
import { formatBytes, formatDateTime } from "@/components/ui/format";
import { PageLink } from "@/components/layout/page-link";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getDictionary()).store.title };
}

export default async function DocumentStorePage() {
  const actor = await requirePageActor("/kho-du-lieu");
  const [documents, dictionary] = await Promise.all([listMyDocuments(actor), getDictionary()]);
  const t = dictionary.store;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <p className="text-gray-700">{t.intro}</p>
      {documents.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <ul className="divide-y rounded bg-white shadow-sm">
          {documents.map((d) => (
            <li key={d.attachmentId} className="p-4">
              <a href={`/api/attachments/${d.attachmentId}`} target="_blank" rel="noreferrer" className="font-semibold">
                {d.fileName}
              </a>
              <div className="text-sm text-gray-700">
                {d.kind === "RESULT" ? t.result : t.submitted} · {formatBytes(d.sizeBytes)} ·{" "}
                {formatDateTime(d.createdAt)} · <span lang="vi">{d.procedureName}</span>
                {d.dossierCode && <> · {d.dossierCode}</>}
              </div>
            </li>
          ))}
        </ul>
      )}
      <p>
        <PageLink href="/ho-so">{t.back}</PageLink>
      </p>
    </div>
  );
}
