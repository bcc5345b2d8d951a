import type { FormDefinition } from "@/lib/forms/definition";
import { displayAnswer } from "@/lib/forms/answer-display";
import { formSchemaFor } from "@/lib/forms/to-zod";
import { papersToProvide } from "@/lib/dossiers/filing-rules";
import type { DossierDetail } from "@/lib/dossiers/queries";
import { formatBytes } from "@/components/ui/format";
import { ErrorSummary, type SummaryError } from "@/components/form/error-summary";
import type { Dictionary } from "@/lib/i18n";
import { fill } from "@/lib/i18n/locales";
import { BillPreview } from "./bill-preview";
import { LazySubmitButton } from "./lazy";
import { PostalAddressSummary, type loadPostalChoice } from "./postal-fields";

type Props = {
  dossier: DossierDetail;
  definition: FormDefinition;
  documentsStep: number;
  deliveryStep: number;
  /** The saved postal choice, read back when the result or the paper dossier goes by post. */
  postal: Awaited<ReturnType<typeof loadPostalChoice>> | null;
  dictionary: Dictionary;
};

/**
 * Every answer as the forms will print it (dates dd/MM/yyyy, a choice by its label), every paper,
 * the delivery and its postal address, each with a "Sửa" link to its step; what is still missing
 * is listed in the error summary at the top, each item linking to where it is fixed.
 */
export function ReviewStep({ dossier, definition, documentsStep, deliveryStep, postal, dictionary }: Props) {
  const t = dictionary.wizard;
  const answers = (dossier.formData ?? {}) as Record<string, string>;
  const check = formSchemaFor(definition).safeParse(answers);
  const invalid = new Set(check.success ? [] : check.error.issues.map((i) => String(i.path[0])));
  const onPaper = new Map(dossier.paperSubmissions.map((p) => [p.componentId, p.summary]));
  const attached = (id: string) => onPaper.has(id) || dossier.attachments.some((a) => a.componentId === id);
  // The same list of required papers as the submission checks (lib/dossiers/filing-rules.ts).
  const missingComponents = papersToProvide(dossier.procedure.components).filter((c) => !attached(c.id));
  const missing = new Set(missingComponents.map((c) => c.id));
  const edit = (step: number) => `/ho-so/${dossier.id}?buoc=${step}`;
  const problems: SummaryError[] = [
    ...definition.sections.flatMap((section) =>
      section.fields
        .filter((f) => invalid.has(f.name))
        .map((f) => ({
          id: `review-${f.name}`,
          message: fill(t.fieldProblem, { label: f.label, problem: t.invalidAnswer }),
        })),
    ),
    ...missingComponents.map((c) => ({ id: `review-c-${c.id}`, message: fill(t.missingPaper, { name: c.name }) })),
  ];
  const ready = problems.length === 0;
  const byPost = dossier.resultDelivery === "POST" || Boolean(postal?.choice?.dossierByPost);

  return (
    <div className="space-y-4">
      <ErrorSummary title={t.errorSummary} errors={problems} description={problems.length ? t.incomplete : null} />
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
              <div key={f.name} id={`review-${f.name}`} tabIndex={invalid.has(f.name) ? -1 : undefined}>
                <dt className="font-semibold">{f.label}</dt>
                <dd className={invalid.has(f.name) ? "text-red-700" : ""}>
                  {displayAnswer(f, answers[f.name]) || (invalid.has(f.name) ? t.invalidAnswer : "—")}
                  {invalid.has(f.name) && (
                    <>
                      {" "}
                      <a href={`${edit(i + 1)}#f-${f.name}`}>{t.edit}</a>
                    </>
                  )}
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
              <li key={c.id} id={`review-c-${c.id}`} tabIndex={missing.has(c.id) ? -1 : undefined}>
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
                ) : c.satisfiedByEForm ? (
                  <p className="text-green-800">{t.byEForm}</p>
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
        {byPost && postal?.choice && (
          <>
            <h3 className="mt-3 font-semibold">{t.postalAddress}</h3>
            <PostalAddressSummary {...postal} t={dictionary.postal} />
          </>
        )}
      </section>
      <BillPreview dossierId={dossier.id} />
      <section className="rounded bg-white p-4 shadow-sm space-y-2">
        <p className="text-sm">{fill(t.afterSubmit, { agency: dossier.agency.name })}</p>
        <LazySubmitButton dossierId={dossier.id} disabled={!ready} t={{ submit: t.submit, submitting: t.submitting }} />
      </section>
    </div>
  );
}
