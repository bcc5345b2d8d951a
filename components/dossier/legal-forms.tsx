import { availableLegalForms, type LegalFormAudience } from "@/lib/legal-forms/catalogue";
import { fill } from "@/lib/i18n/locales";
import { vi, type Dictionary } from "@/lib/i18n/vi";

/**
 * Links to the legal forms (PDF) that exist for this dossier: Mẫu 01–05, the stop notice, the
 * hand-over slip. `t`: the reader's language (Vietnamese by default, as staff see it); the PDFs
 * themselves stay in Vietnamese, the language of the administration.
 */
export function LegalForms({
  dossier,
  audience,
  t = vi.dossierPage.legalForms,
}: {
  dossier: { id: string; receivedAt: Date | null; events: readonly { action: string }[] };
  audience: LegalFormAudience;
  t?: Dictionary["dossierPage"]["legalForms"];
}) {
  const forms = availableLegalForms(dossier, audience);
  if (forms.length === 0) return null;
  return (
    <section aria-labelledby="giay-to-phap-ly" className="rounded bg-white p-4 shadow-sm">
      <h2 id="giay-to-phap-ly" className="mb-2 text-lg font-semibold">
        {t.title}
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
              {fill(audience === "staff" ? t.print : t.download, { form: t.names[f.slug] ?? f.label })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
