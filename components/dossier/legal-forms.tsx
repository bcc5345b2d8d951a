import { availableLegalForms, type LegalFormAudience } from "@/lib/legal-forms/catalogue";

/** Links to the legal forms (PDF) that exist for this dossier: Mẫu 01–05, the stop notice, the hand-over slip. */
export function LegalForms({
  dossier,
  audience,
}: {
  dossier: { id: string; receivedAt: Date | null; events: readonly { action: string }[] };
  audience: LegalFormAudience;
}) {
  const forms = availableLegalForms(dossier, audience);
  if (forms.length === 0) return null;
  return (
    <section aria-labelledby="giay-to-phap-ly" className="rounded bg-white p-4 shadow-sm">
      <h2 id="giay-to-phap-ly" className="mb-2 text-lg font-semibold">
        Phiếu, giấy tờ của hồ sơ (PDF)
      </h2>
      <ul className="space-y-1">
        {forms.map((f) => (
          <li key={f.slug}>
            <a
              href={`/api/dossiers/${dossier.id}/${f.slug}`}
              target="_blank"
              rel="noreferrer"
              className="inline-flex min-h-11 items-center"
            >
              {audience === "staff" ? "In" : "Tải"} {f.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
