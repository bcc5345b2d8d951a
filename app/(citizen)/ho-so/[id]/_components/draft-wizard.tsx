import type { PrefillSource, FormDefinition } from "@/lib/forms/definition";
import type { DossierDetail } from "@/lib/dossiers/queries";
import { wizardSteps, type WizardStep } from "@/lib/dossiers/wizard";
import { verifiedValues } from "@/lib/forms/verified-identity";
import type { Dictionary } from "@/lib/i18n";
import { fill } from "@/lib/i18n/locales";
import { formatDateTime } from "@/components/ui/format";
import type { StoreDocument } from "./component-uploads";
import { LazyComponentUploads, LazyDeliveryStep, LazySectionStep } from "./lazy";
import { DeleteDraftForm } from "./delete-draft-form";
import { ReviewStep } from "./review-step";
import { BillPreview } from "./bill-preview";
import { loadPostalChoice } from "./postal-fields";

type Props = {
  dossier: DossierDetail;
  definition: FormDefinition;
  step: number;
  prefill: Partial<Record<PrefillSource, string>>;
  storeDocuments: StoreDocument[];
  /** The post may carry this procedure (lib/dossiers/delivery-rules.ts). */
  postAllowed: boolean;
  dictionary: Dictionary;
};

/** A step's title in the reader's language; the e-form's own section titles are the procedure's (Vietnamese). */
function stepTitle(step: WizardStep, t: Dictionary["wizard"]): string {
  if (step.kind === "section") return step.title;
  return step.kind === "documents" ? t.documentsStep : step.kind === "delivery" ? t.deliveryStep : t.reviewStep;
}

/**
 * The online dossier as steps; every step is saved on the server, so it can be resumed anywhere.
 * Client steps get only the strings they show (never the whole dictionary), keeping the page light.
 */
export async function DraftWizard({
  dossier,
  definition,
  step,
  prefill,
  storeDocuments,
  postAllowed,
  dictionary,
}: Props) {
  const t = dictionary.wizard;
  const common = dictionary.common;
  const steps = wizardSteps(definition);
  const current = steps[step - 1];
  const href = (n: number) => `/ho-so/${dossier.id}?buoc=${n}`;
  const answers = (dossier.formData ?? {}) as Record<string, string>;
  const documentsStep = steps.findIndex((s) => s.kind === "documents") + 1;
  const deliveryStep = steps.findIndex((s) => s.kind === "delivery") + 1;
  // The address is asked on the delivery step and read back on the check-answers page.
  const postal = current.kind === "delivery" || current.kind === "review" ? await loadPostalChoice(dossier.id) : null;
  // The declaration the e-form replaces is not uploaded (lib/dossiers/filing-rules.ts).
  const byEForm = dossier.procedure.components.filter((c) => c.satisfiedByEForm);

  return (
    <div className="space-y-5">
      <header className="space-y-1">
        <p className="text-sm text-gray-600">{fill(t.draftNote, { date: formatDateTime(dossier.draftExpiresAt) })}</p>
        <h1 className="text-2xl font-semibold" lang="vi">
          {dossier.procedure.name}
        </h1>
        <p className="text-sm">{fill(t.receivingAgency, { agency: dossier.agency.name })}</p>
      </header>
      <nav aria-label={t.stepsNav}>
        <p className="text-sm font-semibold">
          {fill(t.stepOf, { n: step, count: steps.length, title: stepTitle(current, t) })}
        </p>
        <ol className="mt-2 flex flex-wrap gap-1 text-xs">
          {steps.map((s, i) => (
            <li key={s.title}>
              <a
                href={href(i + 1)}
                aria-current={i + 1 === step ? "step" : undefined}
                className={`inline-block min-h-8 rounded px-2 py-1 no-underline ${i + 1 === step ? "bg-brand-700 text-white" : "bg-white border text-ink"}`}
              >
                {i + 1}. {stepTitle(s, t)}
              </a>
            </li>
          ))}
        </ol>
      </nav>

      {current.kind === "section" && (
        <LazySectionStep
          key={current.index}
          dossierId={dossier.id}
          definition={definition}
          sectionIndex={current.index}
          step={step}
          back={step > 1 ? href(step - 1) : null}
          defaults={{
            ...Object.fromEntries(
              definition.sections[current.index].fields.map((f) => [
                f.name,
                answers[f.name] ?? (f.prefill ? (prefill[f.prefill] ?? "") : ""),
              ]),
            ),
            // What e-ID vouches for wins over an answer saved before: it is all the server accepts.
            ...verifiedValues(definition.sections[current.index].fields, prefill),
          }}
          verified={Object.keys(verifiedValues(definition.sections[current.index].fields, prefill))}
          messages={dictionary.formMessages}
          t={{
            back: common.back,
            save: common.saveAndContinue,
            saving: common.saving,
            choose: t.choose,
            verified: t.verifiedField,
            errorSummary: t.errorSummary,
            fieldProblem: t.fieldProblem,
          }}
        />
      )}
      {current.kind === "documents" && (
        <div className="space-y-4">
          {byEForm.length > 0 && (
            <ul className="space-y-2 rounded bg-white p-4 shadow-sm text-sm" data-testid="by-eform">
              {byEForm.map((c) => (
                <li key={c.id}>
                  <span className="font-semibold" lang="vi">
                    {c.name}
                  </span>
                  <p className="text-green-800">{t.byEForm}</p>
                </li>
              ))}
            </ul>
          )}
          <LazyComponentUploads
            dossierId={dossier.id}
            components={dossier.procedure.components.filter((c) => !c.satisfiedByEForm)}
            initial={dossier.attachments}
            maxDossierBytes={dossier.procedure.maxDossierBytes}
            storeDocuments={storeDocuments}
            paper={Object.fromEntries(dossier.paperSubmissions.map((p) => [p.componentId, p.summary]))}
            t={{ ...t.uploads, title: t.documentsStep, photos: t.photos, paper: t.paper }}
          />
          <div className="flex gap-3">
            <a href={href(step - 1)} className="min-h-11 rounded border px-4 py-2 no-underline">
              {common.back}
            </a>
            <a
              href={href(step + 1)}
              className="min-h-11 rounded bg-brand-700 px-5 py-2 font-semibold text-white no-underline"
            >
              {common.continue}
            </a>
          </div>
        </div>
      )}
      {current.kind === "delivery" && (
        <LazyDeliveryStep
          dossierId={dossier.id}
          current={dossier.resultDelivery}
          step={step}
          back={href(step - 1)}
          postAllowed={postAllowed}
          t={{
            legend: t.deliveryStep,
            options: t.delivery,
            noPost: t.noPost,
            back: common.back,
            save: common.saveAndContinue,
            errorSummary: t.errorSummary,
          }}
          postal={postal ? { ...postal, t: dictionary.postal, dossierByPostAllowed: postAllowed } : undefined}
        />
      )}
      {current.kind === "delivery" && <BillPreview dossierId={dossier.id} />}
      {current.kind === "review" && (
        <ReviewStep
          dossier={dossier}
          definition={definition}
          documentsStep={documentsStep}
          deliveryStep={deliveryStep}
          postal={postal}
          dictionary={dictionary}
        />
      )}

      <DeleteDraftForm dossierId={dossier.id} t={{ label: t.deleteDraft, confirm: t.deleteConfirm }} />
    </div>
  );
}
