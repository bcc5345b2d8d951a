import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getActor } from "@/lib/auth/actor";
import { getProcedureByCode } from "@/lib/procedures/queries";
import { AUTHORITY_LABEL, COPY_TYPE_LABEL, durationLabel, FEE_KIND_LABEL, SERVICE_LEVEL_LABEL, TIMING_CHANNEL_LABEL } from "@/lib/procedures/labels";
import { formatVnd } from "@/components/ui/format";
import { StartDossierForm } from "./_components/start-dossier-form";
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
      <header>
        <p className="text-sm text-gray-600">Mã thủ tục {procedure.code} · {procedure.field.name}</p>
        <h1 className="text-2xl font-semibold">{procedure.name}</h1>
        <p className="text-sm text-gray-700">{AUTHORITY_LABEL[procedure.authorityLevel]} · Dịch vụ công trực tuyến {SERVICE_LEVEL_LABEL[procedure.serviceLevel].toLowerCase()}</p>
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
        <Row label="Trình tự thực hiện">{procedure.steps}</Row>
        <Row label="Cách thức thực hiện">{procedure.method}</Row>
        <Row label="Thời hạn giải quyết">
          <ul>{procedure.timings.map((t) => <li key={t.channel}>{TIMING_CHANNEL_LABEL[t.channel]}: {durationLabel(t.amount, t.unit)}{t.description ? ` — ${t.description}` : ""}</li>)}</ul>
        </Row>
        <Row label="Phí, lệ phí">
          {procedure.fees.length === 0 ? "Không" : <ul>{procedure.fees.map((f, i) => <li key={i}>{FEE_KIND_LABEL[f.kind]}: {f.amountVnd === 0 ? "Miễn" : formatVnd(f.amountVnd)} — {f.description}</li>)}</ul>}
        </Row>
        <Row label="Đối tượng thực hiện">{procedure.applicants}</Row>
        {procedure.conditions && <Row label="Yêu cầu, điều kiện">{procedure.conditions}</Row>}
        <Row label="Kết quả thực hiện">{procedure.result}</Row>
        <Row label="Căn cứ pháp lý">{procedure.legalBasis}</Row>
        <Row label="Cơ quan thực hiện"><ul>{procedure.agencies.map((a) => <li key={a.agency.id}>{a.agency.name}</li>)}</ul></Row>
      </dl>

      <section aria-labelledby="thanh-phan" className="rounded bg-white p-4 shadow-sm">
        <h2 id="thanh-phan" className="text-lg font-semibold mb-2">Thành phần hồ sơ</h2>
        <table className="w-full text-sm">
          <thead><tr className="text-left border-b"><th className="py-2">Tên giấy tờ</th><th>Loại</th><th>Số lượng</th><th>Bắt buộc</th></tr></thead>
          <tbody>
            {procedure.components.map((c) => (
              <tr key={c.id} className="border-b align-top">
                <td className="py-2 pr-2">{c.name}{c.note && <div className="text-gray-600">{c.note}</div>}{c.templateUrl && <a href={c.templateUrl}>Tải mẫu</a>}</td>
                <td className="pr-2">{COPY_TYPE_LABEL[c.copyType]}</td>
                <td>{c.count}</td>
                <td>{c.required ? "Có" : "Không"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </article>
  );
}
