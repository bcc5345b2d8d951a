import type { Metadata } from "next";
import Link from "next/link";
import { requireCaseWorkPage } from "@/lib/auth/require-staff";
import { CHANNEL_INFO } from "@/lib/dossiers/status";
import { orNotFound } from "@/lib/pages/or-not-found";
import { formDefinitionSchema, type PrefillSource } from "@/lib/forms/definition";
import { getWalkIn, type WalkIn } from "@/lib/intake/queries";
import { formatDate, formatDateTime } from "@/components/ui/format";
import { WalkInForm } from "./_components/walk-in-form";
import { vi } from "@/lib/i18n/vi";
import { ScanUploads } from "./_components/scan-uploads";
import { ReceiveForm } from "./_components/receive-form";
import { CounterPostalFields } from "./_components/counter-postal-fields";
import { DeleteWalkInForm } from "./_components/delete-walk-in-form";
import { postAllowed } from "@/lib/dossiers/delivery-rules";

export const metadata: Metadata = { title: "Hồ sơ tiếp nhận trực tiếp" };

/** The e-form starts from what the officer typed about the applicant, as the wizard does from the e-ID. */
function prefillFrom(d: WalkIn): Partial<Record<PrefillSource, string>> {
  return {
    fullName: d.applicantName,
    personalId: d.applicantPersonalId,
    dateOfBirth: d.applicantBirthDate?.toISOString().slice(0, 10),
    phone: d.applicantPhone ?? undefined,
    email: d.applicantEmail ?? undefined,
    permanentAddress: d.applicantAddress ?? undefined,
  };
}

export default async function WalkInPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireCaseWorkPage(`/can-bo/tiep-nhan/${id}`);
  const dossier = await orNotFound(getWalkIn(actor, id));

  if (dossier.status !== "DRAFT") {
    return (
      <article className="space-y-4">
        <h1 className="text-2xl font-semibold">
          Đã tiếp nhận hồ sơ <span data-testid="dossier-code">{dossier.code}</span>
        </h1>
        <p>
          {dossier.procedure.name} · {dossier.applicantName}
        </p>
        <p>
          Thời gian tiếp nhận: {formatDateTime(dossier.receivedAt)} · Hẹn trả kết quả:{" "}
          <time dateTime={dossier.dueAt?.toISOString()} data-testid="due-at">
            {formatDateTime(dossier.dueAt)}
          </time>
        </p>
        <p>Cơ quan giải quyết: {dossier.agency.name}</p>
        <div className="flex flex-wrap gap-3">
          <a
            href={`/api/dossiers/${dossier.id}/mau-01`}
            target="_blank"
            rel="noreferrer"
            className="inline-flex min-h-11 items-center rounded bg-brand-700 px-5 py-2 font-semibold text-white no-underline"
          >
            In Mẫu 01
          </a>
          <Link
            href={`/can-bo/ho-so/${dossier.id}`}
            className="inline-flex min-h-11 items-center rounded border px-4 py-2 no-underline"
          >
            Xem hồ sơ
          </Link>
          <Link
            href="/can-bo/tiep-nhan"
            className="inline-flex min-h-11 items-center rounded border px-4 py-2 no-underline"
          >
            Tiếp nhận hồ sơ khác
          </Link>
        </div>
      </article>
    );
  }

  const definition = formDefinitionSchema.parse(dossier.procedure.formDefinition);
  const answers = (dossier.formData ?? {}) as Record<string, string>;
  const prefill = prefillFrom(dossier);
  const defaults = Object.fromEntries(
    definition.sections
      .flatMap((s) => s.fields)
      .map((f) => [f.name, answers[f.name] ?? (f.prefill ? (prefill[f.prefill] ?? "") : "")]),
  );

  return (
    <article className="space-y-5">
      <header className="space-y-1">
        <p className="text-sm text-gray-600">
          <Link href="/can-bo/tiep-nhan">Tiếp nhận hồ sơ trực tiếp</Link> · hồ sơ đang nhập
        </p>
        <h1 className="text-2xl font-semibold">{dossier.procedure.name}</h1>
        <dl className="grid gap-1 text-sm sm:grid-cols-2">
          <div>
            <dt className="inline font-semibold">Người nộp: </dt>
            <dd className="inline">
              {dossier.applicantName} ({dossier.applicantPersonalId})
              {dossier.applicantBirthDate && `, sinh ngày ${formatDate(dossier.applicantBirthDate)}`}
            </dd>
          </div>
          <div>
            <dt className="inline font-semibold">Tài khoản định danh: </dt>
            <dd className="inline">
              {dossier.applicantHasAccount ? "có — hồ sơ sẽ hiện trong tài khoản sau khi tiếp nhận" : "chưa có"}
            </dd>
          </div>
          <div>
            <dt className="inline font-semibold">Nơi tiếp nhận: </dt>
            <dd className="inline">{dossier.receivingAgency?.name}</dd>
          </div>
          <div>
            <dt className="inline font-semibold">Cơ quan giải quyết: </dt>
            <dd className="inline">{dossier.agency.name}</dd>
          </div>
          <div>
            <dt className="inline font-semibold">Hình thức nhận hồ sơ: </dt>
            <dd className="inline">{CHANNEL_INFO[dossier.channel].label}</dd>
          </div>
        </dl>
      </header>
      <WalkInForm
        dossierId={dossier.id}
        definition={definition}
        defaults={defaults}
        saved={Object.keys(answers).length > 0}
      />
      <ScanUploads
        dossierId={dossier.id}
        // The declaration typed into the e-form above needs no scan (lib/dossiers/filing-rules.ts):
        // it may still be scanned, but is not marked required.
        components={dossier.procedure.components.map((c) => ({ ...c, required: c.required && !c.satisfiedByEForm }))}
        initial={dossier.attachments}
        paper={Object.fromEntries(dossier.paperSubmissions.map((p) => [p.componentId, p.summary]))}
        t={{ uploads: vi.wizard.uploads, paper: vi.wizard.paper }}
      />
      <ReceiveForm
        dossierId={dossier.id}
        version={dossier.version}
        current={dossier.resultDelivery}
        postAllowed={postAllowed(dossier.procedure)}
        postal={<CounterPostalFields actor={actor} dossierId={dossier.id} />}
      />
      <DeleteWalkInForm dossierId={dossier.id} />
    </article>
  );
}
