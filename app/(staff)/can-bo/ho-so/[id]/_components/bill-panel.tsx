import { rolesIn, type Actor } from "@/lib/auth/actor";
import { collectsCash, uncollectibleReason } from "@/lib/payments/commands/record-cash-payment";
import { billForActor } from "@/lib/payments/queries";
import { BillSummary } from "@/components/payments/bill-summary";
import { CashPaymentForm } from "./cash-payment-form";

/** The dossier's bill on the staff page, and the cash form for the counter officer. */
export async function BillPanel({
  actor,
  dossierId,
  agencyIds,
}: {
  actor: Actor;
  dossierId: string;
  agencyIds: (string | null)[];
}) {
  const { bill, status, version } = await billForActor(actor, dossierId);
  if (!bill) return null;
  const canCollect =
    collectsCash(agencyIds.flatMap((a) => (a ? rolesIn(actor, a) : []))) &&
    uncollectibleReason({ status, bill }) === null;
  return (
    <section aria-labelledby="hoa-don" className="rounded bg-white p-4 shadow-sm space-y-3">
      <h2 id="hoa-don" className="text-lg font-semibold">
        Phí, lệ phí
      </h2>
      <BillSummary dossierId={dossierId} bill={bill} />
      {canCollect && <CashPaymentForm dossierId={dossierId} version={version} />}
    </section>
  );
}
