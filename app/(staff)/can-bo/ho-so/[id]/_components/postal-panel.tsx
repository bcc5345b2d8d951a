import Link from "next/link";
import { rolesIn, type Actor } from "@/lib/auth/actor";
import { formatVnd } from "@/lib/payments/money";
import { createHandoverAction, handResultToPostAction } from "@/lib/postal/actions";
import { handToPostRefusal } from "@/lib/postal/commands/hand-result-to-post";
import { postalForDossier, resultsAwaitingHandover } from "@/lib/postal/queries";
import { ZONE_LABEL } from "@/lib/postal/tariff";
import { ShipmentTracking } from "@/components/dossier/shipment-tracking";
import { PostalForm } from "@/components/postal/postal-form";

/**
 * The postal side of the dossier on the staff page (docs/postal.md): the applicant's address and postage,
 * the shipments and their history, and for the counter officer "Giao kết quả cho bưu điện" and
 * the hand-over record (biên bản giao nhận) of the results waiting for the post.
 */
export async function PostalPanel({
  actor,
  dossierId,
  agencyIds,
}: {
  actor: Actor;
  dossierId: string;
  agencyIds: (string | null)[];
}) {
  const { status, resultDelivery, choice, shipments } = await postalForDossier(actor, dossierId);
  if (!choice && shipments.length === 0) return null;
  const counterAgency = agencyIds.find((a): a is string => !!a && rolesIn(actor, a).includes("COUNTER_OFFICER"));
  const results = shipments.filter((s) => s.direction === "RESULT_TO_CITIZEN");
  const canHand =
    !!counterAgency && handToPostRefusal({ status, resultDelivery, postalChoice: choice, shipments: results }) === null;
  const waiting = counterAgency ? await resultsAwaitingHandover(counterAgency) : 0;
  const handovers = [
    ...new Map(shipments.filter((s) => s.handover).map((s) => [s.handover!.id, s.handover!])).values(),
  ];
  return (
    <section aria-labelledby="buu-chinh" className="space-y-3 rounded bg-white p-4 shadow-sm">
      <h2 id="buu-chinh" className="text-lg font-semibold">
        Bưu chính công ích
      </h2>
      {choice && (
        <dl className="grid gap-1 text-sm sm:grid-cols-2">
          <div>
            <dt className="inline font-semibold">Nhận kết quả qua bưu chính: </dt>
            <dd className="inline">{choice.resultByPost ? "Có" : "Không"}</dd>
          </div>
          <div>
            <dt className="inline font-semibold">Gửi hồ sơ giấy qua bưu chính: </dt>
            <dd className="inline">{choice.dossierByPost ? "Có" : "Không"}</dd>
          </div>
          <div className="sm:col-span-2">
            <dt className="inline font-semibold">Người nhận: </dt>
            <dd className="inline">
              {choice.recipientName}, {choice.recipientPhone}, {choice.street}
            </dd>
          </div>
          {choice.resultByPost && (
            <div>
              <dt className="inline font-semibold">Cước (báo giá lúc chọn): </dt>
              <dd className="inline">
                {formatVnd(choice.postageVnd)}, {ZONE_LABEL[choice.zone]}, người nộp trả
              </dd>
            </div>
          )}
        </dl>
      )}
      <ShipmentTracking shipments={shipments} audience="staff" />
      {handovers.map((h) => (
        <p key={h.id} className="text-sm">
          <Link href={`/buu-chinh/bien-ban/${h.id}`}>Biên bản giao nhận {h.number}</Link> ·{" "}
          {h.confirmedAt ? "hai bên đã xác nhận" : "chờ xác nhận"}
        </p>
      ))}
      {canHand && (
        <PostalForm
          action={handResultToPostAction}
          hidden={{ dossierId }}
          label="Giao kết quả cho bưu điện"
          submit="Giao kết quả cho bưu điện"
        />
      )}
      {counterAgency && waiting > 0 && (
        <PostalForm
          action={createHandoverAction}
          hidden={{ agencyId: counterAgency, direction: "RESULT_TO_CITIZEN" }}
          label="Lập biên bản giao nhận"
          submit={`Lập biên bản giao nhận (${waiting} bưu gửi)`}
        />
      )}
    </section>
  );
}
