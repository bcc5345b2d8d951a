import type { FormDefinition } from "@/lib/forms/definition";
import { formSchemaFor } from "@/lib/forms/to-zod";
import type { DossierDetail } from "@/lib/dossiers/queries";
import { formatBytes } from "@/components/ui/format";
import type { Dictionary } from "@/lib/i18n";
import { fill } from "@/lib/i18n/locales";
import { LazySubmitButton } from "./lazy";

type Props = {
  dossier: DossierDetail;
  definition: FormDefinition;
  documentsStep: number;
  deliveryStep: number;
  dictionary: Dictionary;
};

/** Every answer and file with a "Sửa" link to its step, and what is still missing. */
export function ReviewStep({ dossier, definition, documentsStep, deliveryStep, dictionary }: Props) {
  const t = dictionary.wizard;
  const answers = (dossier.formData ?? {}) as Record<string, string>;
  const check = formSchemaFor(definition).safeParse(answers);
  const invalid = new Set(check.success ? [] : check.error.issues.map((i) => String(i.path[0])));
  const onPaper = new Map(dossier.paperSubmissions.map((p) => [p.componentId, p.summary]));
  const missingComponents = dossier.procedure.components.filter(
    (c) => c.required && !onPaper.has(c.id) && !dossier.attachments.some((a) => a.componentId === c.id),
  );
  const ready = invalid.size === 0 && missingComponents.length === 0;
  const edit = (step: number) => `/ho-so/${dossier.id}?buoc=${step}`;

  return (
    <div className="space-y-4">
      {definition.sections.map((section, i) => (
        <section key={section.title} className="rounded bg-white p-4 shadow-sm" aria-labelledby={`review-${i}`}>
          <div className="flex items-baseline justify-between gap-2">
            <h2 id={`review-${i}`} className="text-lg font-semibold">
              {section.title}
            </h2>
            <a href={edit(i + 1)} aria-label={fill(t.editSection, { title: section.title })}>
              {t.edit}
            </a>
          </div>
          <dl className="mt-2 grid gap-2 text-sm sm:grid-cols-2">
            {section.fields.map((f) => (
              <div key={f.name}>
                <dt className="font-semibold">{f.label}</dt>
                <dd className={invalid.has(f.name) ? "text-red-700" : ""}>
                  {answers[f.name] || (invalid.has(f.name) ? t.invalidAnswer : "—")}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <section className="rounded bg-white p-4 shadow-sm" aria-labelledby="review-docs">
        <div className="flex items-baseline justify-between gap-2">
          <h2 id="review-docs" className="text-lg font-semibold">
            {t.documentsStep}
          </h2>
          <a href={edit(documentsStep)} aria-label={fill(t.editSection, { title: t.documentsStep })}>
            {t.edit}
          </a>
        </div>
        <ul className="mt-2 space-y-2 text-sm">
          {dossier.procedure.components.map((c) => {
            const files = dossier.attachments.filter((a) => a.componentId === c.id);
            return (
              <li key={c.id}>
                <span className="font-semibold">{c.name}</span>
                {onPaper.has(c.id) && <p>{fill(t.onPaper, { summary: onPaper.get(c.id) ?? "" })}</p>}
                {files.length > 0 ? (
                  <ul className="ml-4 list-disc">
                    {files.map((f) => (
                      <li key={f.id}>
                        {f.fileName} ({formatBytes(f.sizeBytes)})
                      </li>
                    ))}
                  </ul>
                ) : (
                  !onPaper.has(c.id) && (
                    <p className={c.required ? "text-red-700" : "text-gray-600"}>
                      {c.required ? t.missingRequired : t.notAttached}
                    </p>
                  )
                )}
              </li>
            );
          })}
        </ul>
      </section>
      <section className="rounded bg-white p-4 shadow-sm" aria-labelledby="review-delivery">
        <div className="flex items-baseline justify-between gap-2">
          <h2 id="review-delivery" className="text-lg font-semibold">
            {t.deliveryStep}
          </h2>
          <a href={edit(deliveryStep)} aria-label={fill(t.editSection, { title: t.deliveryStep })}>
            {t.edit}
          </a>
        </div>
        <p className="mt-2 text-sm">{t.deliveryShort[dossier.resultDelivery]}</p>
      </section>
      <section className="rounded bg-white p-4 shadow-sm space-y-2">
        <p className="text-sm">{fill(t.afterSubmit, { agency: dossier.agency.name })}</p>
        {!ready && (
          <p role="alert" className="text-red-700">
            {t.incomplete}
          </p>
        )}
        <LazySubmitButton dossierId={dossier.id} disabled={!ready} t={{ submit: t.submit, submitting: t.submitting }} />
      </section>
    </div>
  );
}
