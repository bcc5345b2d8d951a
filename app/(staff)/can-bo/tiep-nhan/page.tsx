import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireCaseWorkPage } from "@/lib/auth/require-staff";
import { counterAgencies } from "@/lib/dossiers/walk-in-access";
import { intakeCatalogue, listWalkInDrafts } from "@/lib/intake/queries";
import { formatDateTime } from "@/components/ui/format";
import { StartWalkInForm } from "./_components/start-walk-in-form";
import { postAllowed } from "@/lib/dossiers/delivery-rules";

export const metadata: Metadata = { title: "Tiếp nhận hồ sơ trực tiếp" };

/** The counter's desk: walk-in and paper dossiers being filed on the citizen's behalf, and a new one. */
export default async function IntakeDeskPage() {
  const actor = await requireCaseWorkPage("/can-bo/tiep-nhan");
  const counters = counterAgencies(actor);
  if (counters.length === 0) notFound();
  const [drafts, catalogue] = await Promise.all([listWalkInDrafts(actor), intakeCatalogue()]);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Tiếp nhận hồ sơ trực tiếp</h1>
      <p className="text-sm text-gray-700">
        Hồ sơ người dân nộp tại quầy hoặc gửi qua bưu chính: cán bộ nhập thay, quét giấy tờ và tiếp nhận. Mọi quầy trong
        tỉnh tiếp nhận được hồ sơ của mọi thủ tục; hệ thống chuyển hồ sơ đến cơ quan giải quyết (Nghị định
        118/2025/NĐ-CP).
      </p>
      <section aria-labelledby="dang-nhap-do" className="rounded bg-white p-4 shadow-sm">
        <h2 id="dang-nhap-do" className="mb-2 text-lg font-semibold">
          Hồ sơ đang nhập
        </h2>
        {drafts.length === 0 ? (
          <p className="text-sm">Không có hồ sơ đang nhập dở.</p>
        ) : (
          <ul className="divide-y">
            {drafts.map((d) => (
              <li key={d.id} className="py-2 text-sm">
                <Link href={`/can-bo/tiep-nhan/${d.id}`} className="inline-flex min-h-11 items-center font-medium">
                  {d.applicantName} · {d.procedure.name}
                </Link>
                <p className="text-gray-700">
                  Số định danh {d.applicantPersonalId} · bắt đầu {formatDateTime(d.createdAt)} bởi{" "}
                  {d.createdBy?.fullName ?? "—"}
                  {counters.length > 1 && ` · tại ${d.receivingAgency?.name ?? "—"}`}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <StartWalkInForm
        counters={counters}
        procedures={catalogue.map((p) => ({
          code: p.code,
          name: p.name,
          postAllowed: postAllowed(p),
          agencies: p.agencies.map((a) => a.agency),
        }))}
      />
    </div>
  );
}
