import type { Actor } from "@/lib/auth/actor";
import { issuedReappointmentForApplicant } from "@/lib/reappointments/queries";
import { fill } from "@/lib/i18n/locales";
import type { Dictionary } from "@/lib/i18n/vi";
import { formatDateTime } from "@/components/ui/format";

/**
 * The agency's apology and its new date for the result (Mẫu 04), as the applicant reads it, in the
 * reader's language; the reason is the agency's own words, in Vietnamese.
 */
export async function ReappointmentNotice({
  actor,
  dossierId,
  t,
}: {
  actor: Actor;
  dossierId: string;
  t: Dictionary["dossierPage"]["reappointment"];
}) {
  const r = await issuedReappointmentForApplicant(actor, dossierId);
  if (!r) return null;
  return (
    <section
      aria-labelledby="xin-loi"
      className="rounded border-l-4 border-amber-600 bg-amber-50 p-4 shadow-sm space-y-1"
      data-testid="reappointment-notice"
    >
      <h2 id="xin-loi" className="text-lg font-semibold">
        {t.title}
      </h2>
      <p>{fill(t.apology, { date: formatDateTime(r.previousDueAt) })}</p>
      <p>
        {t.reason} <span lang="vi">{r.reason}</span>
      </p>
      <p>
        {t.newDueAt} <strong data-testid="new-due-at">{formatDateTime(r.newDueAt)}</strong>
      </p>
      <p>
        <a
          href={`/api/dossiers/${dossierId}/mau-04`}
          target="_blank"
          rel="noreferrer"
          className="inline-block min-h-11 py-2"
        >
          {t.download}
        </a>
      </p>
    </section>
  );
}
