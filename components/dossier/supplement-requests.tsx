import type { SupplementRequestView } from "@/lib/supplements/queries";
import { vi, type Dictionary } from "@/lib/i18n/vi";
import { fill } from "@/lib/i18n/locales";
import { formatBytes, formatDateTime } from "@/components/ui/format";

/** The requests to supplement with each item, its reason and the files sent back for it. */
export function SupplementRequests({
  requests,
  children,
  t = vi.dossier,
}: {
  requests: SupplementRequestView[];
  children?: React.ReactNode;
  t?: Dictionary["dossier"];
}) {
  if (requests.length === 0) return null;
  return (
    <section aria-labelledby="bo-sung" className="rounded bg-white p-4 shadow-sm space-y-4">
      <h2 id="bo-sung" className="text-lg font-semibold">
        {t.supplementsTitle}
      </h2>
      {requests.map((r) => (
        <div key={r.id} className="space-y-2" data-testid="supplement-request">
          <p className="text-sm text-gray-700">
            {formatDateTime(r.createdAt)} · {r.requestedBy.fullName} ·{" "}
            {r.answeredAt ? fill(t.supplementAnswered, { date: formatDateTime(r.answeredAt) }) : t.supplementWaiting}
          </p>
          {r.note && <p className="text-sm whitespace-pre-line">{r.note}</p>}
          <ol className="list-decimal ml-5 space-y-1 text-sm">
            {r.items.map((i) => (
              <li key={i.id}>
                <span className="font-semibold">{i.label}</span> — {i.reason}
                {i.attachments.length > 0 && (
                  <ul className="ml-4">
                    {i.attachments.map((a) => (
                      <li key={a.id}>
                        <a href={`/api/attachments/${a.id}`}>{a.fileName}</a> ({formatBytes(a.sizeBytes)})
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </div>
      ))}
      {children}
    </section>
  );
}
