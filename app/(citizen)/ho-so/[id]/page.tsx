import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { getDossierForActor } from "@/lib/dossiers/queries";
import { orNotFound } from "@/lib/pages/or-not-found";
import { formDefinitionSchema } from "@/lib/forms/definition";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDateTime } from "@/components/ui/format";
import { DraftWizard } from "./_components/draft-wizard";
import { ReappointmentNotice } from "./_components/reappointment-notice";
import { PaymentPanel } from "./_components/payment-panel";
import { ShipmentsPanel } from "./_components/shipments-panel";
import { LazyFeedbackForm, LazyRatingForm, LazySupplementAnswer, LazyWithdrawForm } from "./_components/lazy";
import { PositionPanel } from "@/components/dossier/position-panel";
import { ResultSection } from "@/components/dossier/result-section";
import { SupplementRequests } from "@/components/dossier/supplement-requests";
import { listSupplementRequests } from "@/lib/supplements/queries";
import { dossierPosition } from "@/lib/dossiers/position";
import { expectedDueAt } from "@/lib/dossiers/expected-due";
import { stepFromParam, wizardSteps } from "@/lib/dossiers/wizard";
import { listStoreChoices } from "@/lib/documents/store";
import { nextStatus } from "@/lib/dossiers/workflow";
import { DossierTimeline } from "@/components/dossier/dossier-timeline";
import { DossierAccessList } from "@/components/dossier/dossier-access-list";
import { listDossierAccesses } from "@/lib/dossiers/access-log";
import { AttachmentList } from "@/components/dossier/attachment-list";
import { FeedbackList } from "@/components/dossier/feedback-list";
import { RatingSummary } from "@/components/dossier/rating-summary";
import { LegalForms } from "@/components/dossier/legal-forms";
import { listDossierFeedback } from "@/lib/feedback/queries";
import { RATEABLE_STATUSES } from "@/lib/ratings/commands/rate-dossier";
import { getDossierRating } from "@/lib/ratings/queries";
import { fill } from "@/lib/i18n/locales";
import { getDictionary } from "@/lib/i18n/server";
import { postAllowed } from "@/lib/dossiers/delivery-rules";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getDictionary()).dossier.title };
}

async function load(actorPromise: ReturnType<typeof requirePageActor>, id: string) {
  return orNotFound(getDossierForActor(await actorPromise, id));
}

export default async function DossierPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ "da-nop"?: string; buoc?: string }>;
}) {
  const { id } = await params;
  const { "da-nop": submittedFlag, buoc: step } = await searchParams;
  const justSubmitted = submittedFlag === "1";
  const actorPromise = requirePageActor(`/ho-so/${id}`);
  const [dossier, dictionary] = await Promise.all([load(actorPromise, id), getDictionary()]);

  if (dossier.status === "DRAFT") {
    const definition = formDefinitionSchema.parse(dossier.procedure.formDefinition);
    const storeDocuments = await listStoreChoices(await actorPromise);
    return (
      <DraftWizard
        dictionary={dictionary}
        dossier={dossier}
        definition={definition}
        step={stepFromParam(step, wizardSteps(definition).length)}
        postAllowed={postAllowed(dossier.procedure)}
        prefill={{
          fullName: dossier.applicantName,
          personalId: dossier.applicantPersonalId,
          dateOfBirth: dossier.applicantBirthDate?.toISOString().slice(0, 10) ?? "",
          phone: dossier.applicantPhone ?? "",
          email: dossier.applicantEmail ?? "",
          permanentAddress: dossier.applicantAddress ?? "",
        }}
        storeDocuments={storeDocuments}
      />
    );
  }

  const actor = await actorPromise;
  const [rating, feedback, supplements, accesses] = await Promise.all([
    getDossierRating(actor, id),
    listDossierFeedback(actor, id),
    listSupplementRequests(actor, id),
    listDossierAccesses(actor, id),
  ]);
  const openRequest = dossier.status === "SUPPLEMENT_REQUESTED" ? supplements.find((r) => !r.answeredAt) : undefined;
  const storeDocuments = openRequest ? await listStoreChoices(actor) : [];
  const expected =
    dossier.status === "SUBMITTED" && dossier.submittedAt
      ? await expectedDueAt(dossier.procedure.timings, dossier.channel, dossier.submittedAt, dossier.id)
      : null;
  const t = dictionary.dossier;
  const forms = dictionary.dossierForms;
  const page = dictionary.dossierPage;
  // The notice names the code and agency in bold: split the sentence around them.
  const [beforeCode, afterCode] = t.submittedNotice.split("{code}");

  return (
    <article className="space-y-6">
      {justSubmitted && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3">
          {beforeCode}
          <strong>{dossier.code}</strong>
          {fill(afterCode, { agency: dossier.agency.name })}
          {expected && (
            <>
              {" "}
              <strong>{fill(t.expectedDue, { date: formatDateTime(expected) })}</strong>
            </>
          )}
        </p>
      )}
      <header className="space-y-1">
        <p className="text-sm text-gray-600" lang="vi">
          {dossier.procedure.name}
        </p>
        <h1 className="text-2xl font-semibold">
          {t.heading} <span data-testid="dossier-code">{dossier.code}</span>
        </h1>
        <p className="flex flex-wrap gap-3 items-center">
          <StatusBadge status={dossier.status} label={dictionary.labels.status[dossier.status]} />{" "}
          <span lang="vi">{dossier.agency.name}</span>
        </p>
        {dossier.channel === "ONLINE" && (
          <p>
            <a href={`/api/dossiers/${dossier.id}/receipt`} target="_blank" rel="noreferrer">
              {t.receipt}
            </a>
          </p>
        )}
      </header>
      {/* Phones (issue 25): first what the applicant must do now, then where the dossier is, then
          the details, with the long history folded; every part stays on the page. */}
      <div className="space-y-6" data-testid="act-now">
        <PaymentPanel actor={actor} dossierId={dossier.id} />
        {openRequest && (
          <LazySupplementAnswer
            dossierId={dossier.id}
            version={dossier.version}
            items={openRequest.items}
            storeDocuments={storeDocuments}
            t={forms.supplement}
            upload={dictionary.wizard.uploads}
            photos={dictionary.wizard.photos}
          />
        )}
        {!rating && RATEABLE_STATUSES.includes(dossier.status) && (
          <LazyRatingForm dossierId={dossier.id} t={forms.rating} />
        )}
        <ResultSection dossier={dossier} audience="citizen" t={t} />
      </div>
      <div className="space-y-6" data-testid="where-now">
        <PositionPanel position={dossierPosition(dossier, dossier.events)} expectedDueAt={expected} t={t} />
        <ReappointmentNotice actor={actor} dossierId={dossier.id} t={page.reappointment} />
        <ShipmentsPanel actor={actor} dossierId={dossier.id} t={dictionary.postal} />
      </div>
      <dl className="grid sm:grid-cols-2 gap-2 rounded bg-white p-4 shadow-sm text-sm">
        <div>
          <dt className="font-semibold">{t.applicant}</dt>
          <dd>{dossier.applicantName}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t.submittedAt}</dt>
          <dd>{formatDateTime(dossier.submittedAt)}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t.receivedAt}</dt>
          <dd>{formatDateTime(dossier.receivedAt)}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t.dueAt}</dt>
          <dd>{formatDateTime(dossier.dueAt)}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t.finishedAt}</dt>
          <dd>{formatDateTime(dossier.finishedAt)}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t.returnedAt}</dt>
          <dd>{formatDateTime(dossier.returnedAt)}</dd>
        </div>
      </dl>
      <LegalForms dossier={dossier} audience="citizen" t={page.legalForms} />
      <SupplementRequests requests={supplements.filter((r) => r !== openRequest)} t={t} />
      <AttachmentList
        attachments={dossier.attachments}
        components={dossier.procedure.components}
        paper={dossier.paperSubmissions}
        t={t}
      />
      <DossierTimeline
        events={dossier.events}
        title={t.timelineTitle}
        statusLabels={dictionary.labels.status}
        actionLabels={dictionary.labels.actions}
        fold={page.timeline}
      />
      {nextStatus("WITHDRAW", dossier.status, "CITIZEN") && (
        <LazyWithdrawForm dossierId={dossier.id} version={dossier.version} t={forms.withdraw} />
      )}
      {rating && <RatingSummary rating={rating} t={t} />}
      <FeedbackList feedback={feedback} t={t}>
        <LazyFeedbackForm dossierId={dossier.id} t={forms.feedback} />
      </FeedbackList>
      <DossierAccessList entries={accesses} t={t.access} />
    </article>
  );
}
