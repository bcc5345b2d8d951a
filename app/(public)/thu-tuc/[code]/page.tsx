import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getActor } from "@/lib/auth/actor";
import { cachedProcedure as getProcedureByCode } from "@/lib/procedures/cached";
import { AUTHORITY_LABEL, durationLabel, FEE_KIND_LABEL, SERVICE_LEVEL_DESCRIPTION, SERVICE_LEVEL_LABEL, TIMING_CHANNEL_LABEL } from "@/lib/procedures/labels";
import { catalogueHref, CATALOGUE_PATH } from "@/lib/procedures/search-params";
import { formatVnd } from "@/components/ui/format";
import { Breadcrumb } from "@/components/layout/breadcrumb";
import { StartDossierForm } from "./_components/start-dossier-form";
import { DocumentComponents } from "./_components/document-components";
import { ProcedureSteps } from "./_components/procedure-steps";
import { SignInButton } from "@/components/auth/sign-in-button";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const procedure = await getProcedureByCode((await params).code);
  return { title: procedure?.name ?? "Thủ tục" };
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="py-3 sm:grid sm:grid-cols-4 sm:gap-4">
      <dt className="font-semibold text-gray-700">{label}</dt>
      <dd className="sm:col-span-3 whitespace-pre-line">{children}</dd>
    </div>
  );
}

export default async function ProcedurePage({ params }: Props) {
  await connection();
  const { code } = await params;
  const procedure = await getProcedureByCode(code);
  if (!procedure) notFound();
  const actor = await getActor();

  return (
    <article className="space-y-6">
      <Breadcrumb
        items={[
          { href: "/", label: "Trang chủ" },
          { href: CATALOGUE_PATH, label: "Thủ tục hành chính" },
          { href: catalogueHref({ q: "", field: procedure.field.code, page: 1 }), label: procedure.field.name },
        ]}
        current={procedure.name}
      />
      <header>
        <p className="text-sm text-gray-600">Mã thủ tục {procedure.code} · {procedure.field.name}</p>
        <h1 className="text-2xl font-semibold">{procedure.name}</h1>
        <p className="mt-2 flex flex-wrap gap-2 text-sm">
          <span className="rounded-full bg-gray-200 px-3 py-1">{AUTHORITY_LABEL[procedure.authorityLevel]}</span>
          <span className="rounded-full bg-brand-50 px-3 py-1 text-blue-900">Dịch vụ công trực tuyến {SERVICE_LEVEL_LABEL[procedure.serviceLevel].toLowerCase()}</span>
        </p>
      </header>

      <section aria-labelledby="nop" className="rounded bg-white p-4 shadow-sm">
        <h2 id="nop" className="text-lg font-semibold mb-2">Nộp hồ sơ trực tuyến</h2>
        {actor ? (
          <StartDossierForm procedureCode={procedure.code} agencies={procedure.agencies.map((a) => a.agency)} />
        ) : (
          <div className="space-y-2">
            <p>Đăng nhập bằng tài khoản định danh điện tử để nộp hồ sơ. Thông tin cá nhân sẽ được điền sẵn.</p>
            <SignInButton callbackUrl={`/thu-tuc/${procedure.code}`} />
          </div>
        )}
      </section>

      <dl className="divide-y rounded bg-white px-4 shadow-sm">
        <Row label="Lĩnh vực">{procedure.field.name}</Row>
        <Row label="Cấp thực hiện">{AUTHORITY_LABEL[procedure.authorityLevel]}</Row>
        <Row label="Mức độ">
          <strong>{SERVICE_LEVEL_LABEL[procedure.serviceLevel]}</strong>: {SERVICE_LEVEL_DESCRIPTION[procedure.serviceLevel]}
        </Row>
        <Row label="Trình tự thực hiện"><ProcedureSteps text={procedure.steps} /></Row>
        <Row label="Cách thức thực hiện">
          {procedure.method}
          {procedure.requiresPersonalPresence && <p className="mt-1 font-semibold">Người yêu cầu phải có mặt trực tiếp tại cơ quan.</p>}
        </Row>
        <Row label="Thời hạn giải quyết">
          <ul>{procedure.timings.map((t) => <li key={t.channel}>{TIMING_CHANNEL_LABEL[t.channel]}: {durationLabel(t.amount, t.unit)}{t.description ? ` — ${t.description}` : ""}</li>)}</ul>
        </Row>
        <Row label="Phí, lệ phí">
          {procedure.fees.length === 0 ? "Không" : <ul>{procedure.fees.map((f, i) => <li key={i}>{FEE_KIND_LABEL[f.kind]}: {f.amountVnd === 0 ? "Miễn" : formatVnd(f.amountVnd)} — {f.description}</li>)}</ul>}
          {procedure.paymentBeforeProcessing && <p className="mt-1">Nộp phí, lệ phí trước khi hồ sơ được giải quyết.</p>}
        </Row>
        <Row label="Đối tượng thực hiện">{procedure.applicants}</Row>
        <Row label="Yêu cầu, điều kiện">{procedure.conditions ?? "Không"}</Row>
        <Row label="Kết quả thực hiện">{procedure.result}</Row>
        <Row label="Căn cứ pháp lý">{procedure.legalBasis}</Row>
        <Row label="Cơ quan thực hiện"><ul>{procedure.agencies.map((a) => <li key={a.agency.id}>{a.agency.name}</li>)}</ul></Row>
      </dl>

      <section aria-labelledby="thanh-phan" className="rounded bg-white p-4 shadow-sm">
        <h2 id="thanh-phan" className="text-lg font-semibold mb-2">Thành phần hồ sơ</h2>
        <DocumentComponents components={procedure.components} />
      </section>
    </article>
  );
}
