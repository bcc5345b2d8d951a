import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { rolesIn } from "@/lib/auth/actor";
import { requireCaseWorkPage } from "@/lib/auth/require-staff";
import { holdsDossier } from "@/lib/dossiers/access";
import { availableActionsFor, getDossierForActor } from "@/lib/dossiers/queries";
import { CHANNEL_INFO } from "@/lib/dossiers/status";
import { orNotFound } from "@/lib/pages/or-not-found";
import { resultUploadRefusal } from "@/lib/attachments/upload-result";
import { formDefinitionSchema } from "@/lib/forms/definition";
import { allFields } from "@/lib/forms/to-zod";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDateTime } from "@/components/ui/format";
import { DossierTimeline } from "@/components/dossier/dossier-timeline";
import { AttachmentList } from "@/components/dossier/attachment-list";
import { FeedbackList } from "@/components/dossier/feedback-list";
import { RatingSummary } from "@/components/dossier/rating-summary";
import { LegalForms } from "@/components/dossier/legal-forms";
import { canReplyToFeedback } from "@/lib/feedback/permissions";
import { listDossierFeedback } from "@/lib/feedback/queries";
import { getDossierRating } from "@/lib/ratings/queries";
import { ActionPanel } from "./_components/action-panel";
import { SupplementRequestForm } from "./_components/supplement-request-form";
import { ResultUpload } from "./_components/result-upload";
import { PaperOnlyForm } from "./_components/paper-only-form";
import { ResultSection } from "@/components/dossier/result-section";
import { SupplementRequests } from "@/components/dossier/supplement-requests";
import { listSupplementRequests } from "@/lib/supplements/queries";
import { ITEMISED_ACTIONS, STAFF_ACTIONS } from "@/lib/processing/take-staff-action";
import { FeedbackReplyForm } from "./_components/feedback-reply-form";
import { AssignForm } from "./_components/assign-form";
import { ReturnForm } from "./_components/return-form";
import { ConsultationPanel } from "./_components/consultation-panel";
import { ReappointmentPanel } from "./_components/reappointment-panel";
import { BillPanel } from "./_components/bill-panel";
import { PostalPanel } from "./_components/postal-panel";
import { NotificationHistory } from "./_components/notification-history";
import { assignableSpecialists } from "@/lib/dossiers/commands/assign-specialist";
import { canAnswerFor } from "@/lib/consultations/answer-opinion";
import { consultableAgencies, listConsultations } from "@/lib/consultations/queries";

export const metadata: Metadata = { title: "Hồ sơ" };

export default async function StaffDossierPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireCaseWorkPage(`/can-bo/ho-so/${id}`);
  const dossier = await orNotFound(getDossierForActor(actor, id));
  if (dossier.status === "DRAFT") notFound();
  const roles = rolesIn(actor, dossier.agencyId);
  // An agency asked for an opinion sees the application, not the holding agencies' records of it.
  const holds = holdsDossier(actor, dossier);
  const answers = (dossier.formData ?? {}) as Record<string, string>;
  const fields = allFields(formDefinitionSchema.parse(dossier.procedure.formDefinition));
  const [{ actions, refused }, rating, feedback, supplements] = await Promise.all([
    availableActionsFor(actor, dossier),
    getDossierRating(actor, id),
    listDossierFeedback(actor, id),
    listSupplementRequests(actor, id),
  ]);
  const canAskSupplement = actions.some((a) => ITEMISED_ACTIONS.includes(a));
  const canReply = canReplyToFeedback(roles);
  const canAssign = actions.includes("ASSIGN");
  const canReturn = actions.includes("RETURN_RESULT");
  const canAskOpinion = actions.includes("REQUEST_OPINION");
  const canUploadResult = resultUploadRefusal(dossier.status, roles) === null;
  // Asked electronically, no file yet: the result may be recorded as issued on paper only instead.
  const canRecordPaperOnly =
    canUploadResult &&
    dossier.resultDelivery === "ELECTRONIC" &&
    !dossier.resultPaperOnlyReason &&
    !dossier.attachments.some((a) => a.kind === "RESULT");
  const [specialists, consultations, askable] = await Promise.all([
    canAssign ? assignableSpecialists(actor, dossier.agencyId) : [],
    listConsultations(actor, dossier),
    canAskOpinion ? consultableAgencies(dossier.agencyId) : null,
  ]);

  return (
    <article className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-gray-600">
          {dossier.procedure.name} ({dossier.procedure.code})
        </p>
        <h1 className="text-2xl font-semibold">
          Hồ sơ <span data-testid="dossier-code">{dossier.code}</span>
        </h1>
        <p className="flex flex-wrap gap-3 items-center">
          <StatusBadge status={dossier.status} />
          {dossier.awaitingApproval && <span className="text-sm font-semibold">Chờ lãnh đạo phê duyệt</span>}
          <span className="text-sm">Kênh: {CHANNEL_INFO[dossier.channel].label}</span>
          <span className="text-sm">Hạn xử lý: {formatDateTime(dossier.dueAt)}</span>
          {dossier.assignee && <span className="text-sm">Chuyên viên: {dossier.assignee.fullName}</span>}
        </p>
      </header>
      <ReappointmentPanel actor={actor} dossierId={dossier.id} />
      {holds && <LegalForms dossier={dossier} audience="staff" />}
      {holds && (
        <BillPanel actor={actor} dossierId={dossier.id} agencyIds={[dossier.agencyId, dossier.receivingAgencyId]} />
      )}
      <ActionPanel
        dossierId={dossier.id}
        version={dossier.version}
        actions={actions.filter((a) => STAFF_ACTIONS.includes(a))}
        refused={refused.filter((r) => STAFF_ACTIONS.includes(r.action))}
      />
      {canAssign && (
        <AssignForm
          dossierId={dossier.id}
          version={dossier.version}
          specialists={specialists}
          currentAssigneeId={dossier.assigneeId}
        />
      )}
      {holds && (
        <PostalPanel actor={actor} dossierId={dossier.id} agencyIds={[dossier.agencyId, dossier.receivingAgencyId]} />
      )}
      {canReturn && (
        <ReturnForm dossierId={dossier.id} version={dossier.version} applicantName={dossier.applicantName} />
      )}
      <ConsultationPanel
        dossierId={dossier.id}
        version={dossier.version}
        consultations={consultations}
        askable={askable}
        answerableIds={consultations.filter((c) => canAnswerFor(actor, c.agencyId)).map((c) => c.id)}
      />
      {canAskSupplement && (
        <SupplementRequestForm
          dossierId={dossier.id}
          version={dossier.version}
          components={dossier.procedure.components}
        />
      )}
      {canUploadResult && <ResultUpload dossierId={dossier.id} />}
      {canRecordPaperOnly && <PaperOnlyForm dossierId={dossier.id} version={dossier.version} />}
      <ResultSection dossier={dossier} audience="staff" />
      <SupplementRequests requests={supplements} />
      <section className="rounded bg-white p-4 shadow-sm">
        <h2 className="text-lg font-semibold mb-2">Người nộp và tờ khai</h2>
        <dl className="grid sm:grid-cols-2 gap-2 text-sm">
          <div>
            <dt className="font-semibold">Họ và tên</dt>
            <dd>{dossier.applicantName}</dd>
          </div>
          <div>
            <dt className="font-semibold">Số định danh</dt>
            <dd>{dossier.applicantPersonalId}</dd>
          </div>
          <div>
            <dt className="font-semibold">Điện thoại</dt>
            <dd>{dossier.applicantPhone ?? "—"}</dd>
          </div>
          <div>
            <dt className="font-semibold">Thư điện tử</dt>
            <dd>{dossier.applicantEmail ?? "—"}</dd>
          </div>
          {fields.map((f) => (
            <div key={f.name}>
              <dt className="font-semibold">{f.label}</dt>
              <dd>{answers[f.name] || "—"}</dd>
            </div>
          ))}
        </dl>
      </section>
      <AttachmentList
        attachments={dossier.attachments}
        components={dossier.procedure.components}
        paper={dossier.paperSubmissions}
      />
      <DossierTimeline events={dossier.events} audience="staff" />
      {holds && <NotificationHistory actor={actor} dossierId={dossier.id} />}
      <FeedbackList
        feedback={feedback}
        replyFormFor={canReply ? (feedbackId) => <FeedbackReplyForm feedbackId={feedbackId} /> : undefined}
      />
      {rating && <RatingSummary rating={rating} />}
    </article>
  );
}
