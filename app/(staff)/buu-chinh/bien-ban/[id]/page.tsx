import type { Metadata } from "next";
import { requireStaffPage } from "@/lib/auth/require-staff";
import { orNotFound } from "@/lib/pages/or-not-found";
import { formatDateTime } from "@/components/ui/format";
import { confirmHandoverAction } from "@/lib/postal/actions";
import { handoverForActor } from "@/lib/postal/queries";
import { DIRECTION_LABEL } from "@/lib/postal/shipment-rules";
import { PostalForm } from "@/components/postal/postal-form";

export const metadata: Metadata = { title: "Biên bản giao nhận" };

/** A hand-over record between the post office and the agency: its list, its PDF, each side's confirmation. */
export default async function HandoverPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireStaffPage(`/buu-chinh/bien-ban/${id}`);
  const h = await orNotFound(handoverForActor(actor, id));
  return (
    <article className="space-y-4">
      <h1 className="text-2xl font-semibold">
        Biên bản giao nhận <span data-testid="handover-number">{h.number}</span>
      </h1>
      <p>
        {DIRECTION_LABEL[h.direction]} · {h.agency.name} · lập lúc {formatDateTime(h.createdAt)}
      </p>
      <p>
        <a href={`/api/postal/handovers/${h.id}`} target="_blank" rel="noreferrer">
          Tải biên bản giao nhận (PDF)
        </a>
      </p>
      <div className="overflow-x-auto rounded bg-white p-4 shadow-sm">
        <table className="w-full text-sm">
          <caption className="text-left font-semibold">Danh sách bưu gửi ({h.shipments.length})</caption>
          <thead>
            <tr className="text-left">
              <th scope="col">Số hiệu</th>
              <th scope="col">Mã hồ sơ</th>
              <th scope="col">Người nhận</th>
              <th scope="col">Giấy tờ</th>
            </tr>
          </thead>
          <tbody>
            {h.shipments.map((s) => (
              <tr key={s.id} className="border-t align-top">
                <td className="font-mono py-1">{s.trackingNumber}</td>
                <td>{s.dossier.code}</td>
                <td>
                  {s.slip.receiver.name}, {s.slip.receiver.address}
                </td>
                <td>{s.slip.documents.map((d) => `${d.name} (${d.copy})`).join("; ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="grid gap-2 rounded bg-white p-4 text-sm shadow-sm sm:grid-cols-2">
        <div>
          <dt className="font-semibold">Bưu điện xác nhận</dt>
          <dd data-testid="post-confirmed">
            {h.postConfirmedAt ? `${h.postSignerName}, ${formatDateTime(h.postConfirmedAt)}` : "Chưa xác nhận"}
          </dd>
        </div>
        <div>
          <dt className="font-semibold">Cơ quan xác nhận</dt>
          <dd data-testid="agency-confirmed">
            {h.agencyConfirmedAt ? `${h.agencySignerName}, ${formatDateTime(h.agencyConfirmedAt)}` : "Chưa xác nhận"}
          </dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="font-semibold">Thời điểm giao nhận</dt>
          <dd data-testid="handover-confirmed">
            {h.confirmedAt ? formatDateTime(h.confirmedAt) : "Chờ hai bên xác nhận"}
          </dd>
        </div>
      </dl>
      {h.canConfirmPost && (
        <PostalForm
          action={confirmHandoverAction}
          hidden={{ handoverId: h.id, side: "POST" }}
          label="Xác nhận của bưu điện"
          submit="Bưu điện xác nhận biên bản"
        />
      )}
      {h.canConfirmAgency && (
        <PostalForm
          action={confirmHandoverAction}
          hidden={{ handoverId: h.id, side: "AGENCY" }}
          label="Xác nhận của cơ quan"
          submit="Cơ quan xác nhận biên bản"
        />
      )}
    </article>
  );
}
