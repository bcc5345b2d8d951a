import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaffPage } from "@/lib/auth/require-staff";
import { formatDateTime } from "@/components/ui/format";
import { agencyIdsOf } from "@/lib/auth/actor";
import { createHandoverAction } from "@/lib/postal/actions";
import { postalDesk, type ShipmentView } from "@/lib/postal/queries";
import { EVENT_LABEL } from "@/lib/postal/shipment-rules";
import { PostalForm } from "@/components/postal/postal-form";
import { ScanForm } from "./_components/scan-form";

export const metadata: Metadata = { title: "Bưu chính công ích" };

function ShipmentList({ items, empty }: { items: ShipmentView[]; empty: string }) {
  if (items.length === 0) return <p className="text-sm text-gray-700">{empty}</p>;
  return (
    <ul className="divide-y text-sm">
      {items.map((s) => (
        <li key={s.id} className="py-2" data-testid="desk-shipment">
          <span className="font-mono font-semibold">{s.trackingNumber}</span> · {s.slip.dossierCode} ·{" "}
          {EVENT_LABEL[s.status]}
          {s.late && <strong className="ml-2 text-red-800">Chậm</strong>}
          <div className="text-gray-700">
            {s.slip.receiver.name}, {s.slip.receiver.address}
            {s.slip.receiver.phone && `, ĐT ${s.slip.receiver.phone}`}
          </div>
          {s.targetAt && <div className="text-gray-700">Hạn phát: {formatDateTime(s.targetAt)}</div>}
          {s.handover && (
            <div>
              <Link href={`/buu-chinh/bien-ban/${s.handover.id}`}>Biên bản {s.handover.number}</Link>
              {s.handover.confirmedAt ? " (đã xác nhận)" : " (chờ xác nhận)"}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The postal officer's desk (docs/postal.md): per agency served, the pick-up lists and the records to confirm. */
export default async function PostalDeskPage() {
  const actor = await requireStaffPage("/buu-chinh");
  if (agencyIdsOf(actor, ["POSTAL_OFFICER"]).length === 0) notFound();
  const desk = await postalDesk(actor);
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold">Bưu chính công ích</h1>
      <p className="text-sm text-gray-700">Nhân viên bưu điện: {actor.fullName}</p>
      <ScanForm />
      {desk.map((d) => (
        <section
          key={d.agency.id}
          aria-labelledby={`cq-${d.agency.id}`}
          className="space-y-3 rounded bg-white p-4 shadow-sm"
        >
          <h2 id={`cq-${d.agency.id}`} className="text-lg font-semibold">
            {d.agency.name}
          </h2>
          {d.agency.address && <p className="text-sm text-gray-700">{d.agency.address}</p>}
          {d.handovers.length > 0 && (
            <div>
              <h3 className="font-semibold">Biên bản giao nhận chờ xác nhận</h3>
              <ul className="text-sm">
                {d.handovers.map((h) => (
                  <li key={h.id} className="py-1">
                    <Link href={`/buu-chinh/bien-ban/${h.id}`}>{h.number}</Link> · {h._count.shipments} bưu gửi ·{" "}
                    {h.postConfirmedAt ? "bưu điện đã xác nhận" : "bưu điện chưa xác nhận"} ·{" "}
                    {h.agencyConfirmedAt ? "cơ quan đã xác nhận" : "cơ quan chưa xác nhận"}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <h3 className="font-semibold">Kết quả chờ nhận tại cơ quan</h3>
          <ShipmentList items={d.toPickUp} empty="Không có kết quả chờ nhận." />
          <h3 className="font-semibold">Kết quả đang phát</h3>
          <ShipmentList items={d.inDelivery} empty="Không có bưu gửi đang phát." />
          <h3 className="font-semibold">Hồ sơ giấy chờ nhận từ người gửi</h3>
          <ShipmentList items={d.inboundToPickUp} empty="Không có hồ sơ chờ nhận." />
          <h3 className="font-semibold">Hồ sơ giấy chờ giao cho cơ quan</h3>
          <ShipmentList items={d.inboundToHandOver} empty="Không có hồ sơ chờ giao." />
          {d.inboundToHandOver.length > 0 && (
            <PostalForm
              action={createHandoverAction}
              hidden={{ agencyId: d.agency.id, direction: "DOSSIER_TO_AGENCY" }}
              label={`Lập biên bản giao hồ sơ cho ${d.agency.name}`}
              submit="Lập biên bản giao hồ sơ cho cơ quan"
            />
          )}
        </section>
      ))}
    </div>
  );
}
