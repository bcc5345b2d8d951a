import type { DossierDetail } from "@/lib/dossiers/queries";
import { vi, type Dictionary } from "@/lib/i18n/vi";
import { formatBytes } from "@/components/ui/format";

type Props = {
  attachments: DossierDetail["attachments"];
  components: DossierDetail["procedure"]["components"];
  paper?: DossierDetail["paperSubmissions"];
  /** The reader's language; Vietnamese by default (staff). */
  t?: Dictionary["dossier"];
};

/** The files filed with the dossier, and the components handed in on paper with their summaries. */
export function AttachmentList({ attachments: all, components, paper = [], t = vi.dossier }: Props) {
  const attachments = all.filter((a) => a.kind === "APPLICATION"); // results have their own section
  const nameOf = new Map(components.map((c) => [c.id, c.name]));
  return (
    <section aria-labelledby="giay-to" className="rounded bg-white p-4 shadow-sm">
      <h2 id="giay-to" className="text-lg font-semibold mb-2">
        {t.filedTitle}
      </h2>
      {attachments.length === 0 && paper.length === 0 ? (
        <p>{t.noFiles}</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {attachments.map((a) => (
            <li key={a.id}>
              <a href={`/api/attachments/${a.id}`} target="_blank" rel="noreferrer">
                {a.fileName}
              </a>{" "}
              ({formatBytes(a.sizeBytes)})
              {a.componentId && <span className="text-gray-600"> — {nameOf.get(a.componentId)}</span>}
            </li>
          ))}
          {paper.map((p) => (
            <li key={p.componentId}>
              <span className="font-semibold">{t.onPaper}</span> — {nameOf.get(p.componentId)}: {p.summary}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
