import type { BillView } from "@/lib/payments/queries";
import { formatVnd } from "@/lib/payments/money";
import { vi } from "@/lib/i18n/vi";
import { fill } from "@/lib/i18n/locales";
import { formatDateTime } from "@/components/ui/format";
import { BillLinesTable, type BillStrings } from "./bill-lines-table";

type Bill = NonNullable<BillView["bill"]>;

/** The bill's lines and total, its payments with their receipts, and refunds (citizen and staff pages; staff read Vietnamese). */
export function BillSummary({ dossierId, bill, t = vi.payments }: { dossierId: string; bill: Bill; t?: BillStrings }) {
  return (
    <div className="space-y-3 text-sm">
      <BillLinesTable lines={bill.lines} totalVnd={bill.totalVnd} t={t} />
      <p>
        {t.stateLabel}: <strong data-testid="bill-state">{t.billState[bill.state]}</strong>
        {bill.paidAt && <> — {formatDateTime(bill.paidAt)}</>}
      </p>
      {bill.payments.length > 0 && (
        <ul className="space-y-1" aria-label={t.attempts}>
          {bill.payments.map((p) => (
            <li key={p.id} className="rounded border p-2">
              {formatDateTime(p.createdAt)} ·{" "}
              {p.method === "ONLINE" ? t.online : `${t.cash}${p.recordedByName ? ` (${p.recordedByName})` : ""}`} ·{" "}
              {formatVnd(p.amountVnd)} · <strong>{t.paymentState[p.state]}</strong>
              {p.state === "SUCCEEDED" && p.receiptNumber && (
                <>
                  {" "}
                  ·{" "}
                  <a
                    href={`/api/dossiers/${dossierId}/bien-lai/${p.id}`}
                    target="_blank"
                    rel="noreferrer"
                    className="inline-block min-h-11 py-2 underline"
                  >
                    {fill(t.receipt, { number: p.receiptNumber })}
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {bill.refunds.map((r) => (
        <p key={r.id} className="rounded border border-amber-300 bg-amber-50 p-2">
          {fill(t.refund, { amount: formatVnd(r.amountVnd), date: formatDateTime(r.createdAt), reason: r.reason })}
        </p>
      ))}
    </div>
  );
}
