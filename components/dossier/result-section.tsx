import type { DossierDetail } from "@/lib/dossiers/queries";
import { vi, type Dictionary } from "@/lib/i18n/vi";
import { fill } from "@/lib/i18n/locales";
import { formatBytes, formatDateTime } from "@/components/ui/format";

/** The result of the dossier: the electronic documents and how the paper result is returned. */
export function ResultSection({
  dossier,
  audience,
  t = vi.dossier,
}: {
  dossier: DossierDetail;
  audience: "citizen" | "staff";
  t?: Dictionary["dossier"];
}) {
  const results = dossier.attachments.filter((a) => a.kind === "RESULT");
  const issued = dossier.status === "RESOLVED" || dossier.status === "RETURNED";
  if (results.length === 0 && !issued && !dossier.resultPaperOnlyReason) return null;
  if (audience === "citizen" && !issued) return null;
  // Asked electronically, issued on paper only: where to collect it, and why (the officer's record).
  const paperOnly = results.length === 0 && dossier.resultPaperOnlyReason !== null;
  return (
    <section aria-labelledby="ket-qua" className="rounded bg-white p-4 shadow-sm space-y-2">
      <h2 id="ket-qua" className="text-lg font-semibold">
        {t.resultTitle}
      </h2>
      {dossier.outcome === "REFUSED" && <p className="font-semibold text-red-800">{t.refusedOutcome}</p>}
      {results.length > 0 ? (
        <ul className="text-sm">
          {results.map((r) => (
            <li key={r.id}>
              <a href={`/api/attachments/${r.id}`} target="_blank" rel="noreferrer">
                {r.fileName}
              </a>{" "}
              ({formatBytes(r.sizeBytes)}, {formatDateTime(r.createdAt)})
            </li>
          ))}
        </ul>
      ) : paperOnly ? (
        <div className="text-sm" data-testid="paper-only-result">
          <p>{fill(t.paperOnlyResult, { agency: (dossier.receivingAgency ?? dossier.agency).name })}</p>
          <p>{fill(t.paperOnlyReason, { reason: dossier.resultPaperOnlyReason! })}</p>
        </div>
      ) : (
        <p className="text-sm">{t.noElectronicResult}</p>
      )}
      {audience === "citizen" && !paperOnly && <p className="text-sm">{t.resultDelivery[dossier.resultDelivery]}</p>}
      {dossier.returnedAt && (
        <p className="text-sm">{fill(t.returnedOn, { date: formatDateTime(dossier.returnedAt) })}</p>
      )}
    </section>
  );
}
