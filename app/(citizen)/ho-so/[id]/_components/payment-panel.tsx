import type { Actor } from "@/lib/auth/actor";
import type { Dictionary } from "@/lib/i18n";
import { fill } from "@/lib/i18n/locales";
import { getDictionary } from "@/lib/i18n/server";
import { PAYABLE_STATUSES } from "@/lib/payments/commands/start-online-payment";
import { billForActor } from "@/lib/payments/queries";
import { BillSummary } from "@/components/payments/bill-summary";
import { OnlinePaymentButton } from "./online-payment-button";

/** What the last online attempt tells the citizen (the state comes from the IPN or a query, never from the browser). */
function attemptMessage(
  state: string | undefined,
  code: string | null | undefined,
  t: Dictionary["payments"],
): { text: string; alert: boolean } | null {
  switch (state) {
    case "CANCELLED":
      return { text: t.cancelled, alert: true };
    case "FAILED":
      return { text: fill(t.failed, { code: code ? fill(t.failedCode, { code }) : "" }), alert: true };
    case "EXPIRED":
      return { text: t.expired, alert: true };
    case "PENDING":
      return { text: t.pending, alert: false };
    default:
      return null;
  }
}

/** The dossier's bill, online payment and the outcome of the last attempt, on the citizen's dossier page. */
export async function PaymentPanel({ actor, dossierId }: { actor: Actor; dossierId: string }) {
  const [{ bill, status }, dictionary] = await Promise.all([billForActor(actor, dossierId), getDictionary()]);
  if (!bill) return null;
  const t = dictionary.payments;
  const last = bill.payments.find((p) => p.method === "ONLINE");
  const message = bill.state === "UNPAID" ? attemptMessage(last?.state, last?.responseCode, t) : null;
  const payable = bill.state === "UNPAID" && (PAYABLE_STATUSES as readonly string[]).includes(status);
  return (
    <section id="thanh-toan" aria-labelledby="thanh-toan-title" className="rounded bg-white p-4 shadow-sm space-y-3">
      <h2 id="thanh-toan-title" className="text-lg font-semibold">
        {t.title}
      </h2>
      {status === "AWAITING_PAYMENT" && bill.state === "UNPAID" && <p>{t.awaiting}</p>}
      {bill.state === "PAID" && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-2">
          {t.paid}
        </p>
      )}
      {message && (
        <p
          role={message.alert ? "alert" : "status"}
          data-testid="payment-message"
          className={message.alert ? "rounded border border-red-300 bg-red-50 p-2" : "rounded border p-2"}
        >
          {message.text}
        </p>
      )}
      <BillSummary dossierId={dossierId} bill={bill} t={t} />
      {payable && <OnlinePaymentButton dossierId={dossierId} amountVnd={bill.totalVnd} label={t.payOnline} />}
    </section>
  );
}
