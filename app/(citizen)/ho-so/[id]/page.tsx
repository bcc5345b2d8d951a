import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { getDossierForActor } from "@/lib/dossiers/queries";
import { isAppError } from "@/lib/errors";
import { formDefinitionSchema } from "@/lib/forms/definition";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDateTime } from "@/components/ui/format";
import { DraftEditor } from "./_components/draft-editor";
import { listMyDocuments } from "@/lib/documents/store";
import { WithdrawForm } from "./_components/withdraw-form";
import { nextStatus } from "@/lib/dossiers/workflow";
import { DossierTimeline } from "@/components/dossier/dossier-timeline";
import { AttachmentList } from "@/components/dossier/attachment-list";

export const metadata: Metadata = { title: "Hồ sơ" };

async function load(actorPromise: ReturnType<typeof requirePageActor>, id: string) {
  try {
    return await getDossierForActor(await actorPromise, id);
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}

export default async function DossierPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ "da-nop"?: string }> }) {
  const { id } = await params;
  const justSubmitted = (await searchParams)["da-nop"] === "1";
  const actorPromise = requirePageActor(`/ho-so/${id}`);
  const dossier = await load(actorPromise, id);

  if (dossier.status === "DRAFT") {
    return (
      <DraftEditor
        dossier={{
          id: dossier.id,
          procedureName: dossier.procedure.name,
          agencyName: dossier.agency.name,
          draftExpiresAt: formatDateTime(dossier.draftExpiresAt),
          formData: (dossier.formData ?? {}) as Record<string, string>,
          resultDelivery: dossier.resultDelivery,
          maxDossierBytes: dossier.procedure.maxDossierBytes,
        }}
        definition={formDefinitionSchema.parse(dossier.procedure.formDefinition)}
        prefill={{
          fullName: dossier.applicantName,
          personalId: dossier.applicantPersonalId,
          dateOfBirth: dossier.applicantBirthDate?.toISOString().slice(0, 10) ?? "",
          phone: dossier.applicantPhone ?? "",
          email: dossier.applicantEmail ?? "",
          permanentAddress: dossier.applicantAddress ?? "",
        }}
        components={dossier.procedure.components}
        attachments={dossier.attachments}
        storeDocuments={(await listMyDocuments(await actorPromise)).map((d) => ({ id: d.attachmentId, label: `${d.fileName} — ${d.procedureName}` }))}
      />
    );
  }

  return (
    <article className="space-y-6">
      {justSubmitted && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3">
          Nộp hồ sơ thành công. Mã hồ sơ của bạn là <strong>{dossier.code}</strong>. Bạn sẽ được thông báo khi hồ sơ được tiếp nhận.
        </p>
      )}
      <header className="space-y-1">
        <p className="text-sm text-gray-600">{dossier.procedure.name}</p>
        <h1 className="text-2xl font-semibold">Hồ sơ <span data-testid="dossier-code">{dossier.code}</span></h1>
        <p className="flex flex-wrap gap-3 items-center"><StatusBadge status={dossier.status} /> <span>{dossier.agency.name}</span></p>
      </header>
      <dl className="grid sm:grid-cols-2 gap-2 rounded bg-white p-4 shadow-sm text-sm">
        <div><dt className="font-semibold">Người nộp</dt><dd>{dossier.applicantName}</dd></div>
        <div><dt className="font-semibold">Ngày nộp</dt><dd>{formatDateTime(dossier.submittedAt)}</dd></div>
        <div><dt className="font-semibold">Ngày tiếp nhận</dt><dd>{formatDateTime(dossier.receivedAt)}</dd></div>
        <div><dt className="font-semibold">Ngày hẹn trả kết quả</dt><dd>{formatDateTime(dossier.dueAt)}</dd></div>
        <div><dt className="font-semibold">Ngày có kết quả</dt><dd>{formatDateTime(dossier.finishedAt)}</dd></div>
        <div><dt className="font-semibold">Ngày trả kết quả</dt><dd>{formatDateTime(dossier.returnedAt)}</dd></div>
      </dl>
      <AttachmentList attachments={dossier.attachments} components={dossier.procedure.components} />
      <DossierTimeline events={dossier.events} />
      {nextStatus("WITHDRAW", dossier.status, "CITIZEN") && <WithdrawForm dossierId={dossier.id} version={dossier.version} />}
    </article>
  );
}
