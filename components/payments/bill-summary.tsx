import type { BillView } from "@/lib/payments/queries";
import { LINE_LABEL } from "@/lib/payments/bill-lines";
import { formatVnd } from "@/lib/payments/money";
import { formatDateTime } from "@/components/ui/format";

type Bill = NonNullable<BillView["bill"]>;

export const PAYMENT_STATE_LABEL: Record<Bill["payments"][number]["state"], string> = {
  PENDING: "Đang chờ xác nhận",
  SUCCEEDED: "Thành công",
  FAILED: "Không thành công",
  CANCELLED: "Đã hủy",
  EXPIRED: "Hết hạn",
};

const BILL_STATE_LABEL: Record<Bill["state"], string> = { UNPAID: "Chưa nộp", PAID: "Đã nộp", REFUNDED: "Đã hoàn trả" };

/** The bill's lines and total, its payments with their receipts, and refunds (citizen and staff pages). */
export function BillSummary({ dossierId, bill }: { dossierId: string; bill: Bill }) {
  return (
    <div className="space-y-3 text-sm">
      <table className="w-full border-collapse">
        <caption className="sr-only">Các khoản phí, lệ phí</caption>
        <thead>
          <tr className="border-b text-left">
            <th scope="col" className="py-1 pr-2">
              Khoản
            </th>
            <th scope="col" className="py-1 pr-2">
              Nội dung
            </th>
            <th scope="col" className="py-1 text-right">
              Số tiền
            </th>
          </tr>
        </thead>
        <tbody>
          {bill.lines.map((l) => (
            <tr key={l.id} className="border-b align-top">
              <td className="py-1 pr-2">{LINE_LABEL[l.kind]}</td>
              <td className="py-1 pr-2">{l.description}</td>
              <td className="py-1 text-right whitespace-nowrap">{formatVnd(l.amountVnd)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2} className="py-1 text-left">
              Tổng cộng
            </th>
            <td className="py-1 text-right font-semibold whitespace-nowrap" data-testid="bill-total">
              {formatVnd(bill.totalVnd)}
            </td>
          </tr>
        </tfoot>
      </table>
      <p>
        Tình trạng: <strong data-testid="bill-state">{BILL_STATE_LABEL[bill.state]}</strong>
        {bill.paidAt && <> — {formatDateTime(bill.paidAt)}</>}
      </p>
      {bill.payments.length > 0 && (
        <ul className="space-y-1" aria-label="Các lần thanh toán">
          {bill.payments.map((p) => (
            <li key={p.id} className="rounded border p-2">
              {formatDateTime(p.createdAt)} ·{" "}
              {p.method === "ONLINE" ? "Trực tuyến" : `Tiền mặt${p.recordedByName ? ` (${p.recordedByName})` : ""}`} ·{" "}
              {formatVnd(p.amountVnd)} · <strong>{PAYMENT_STATE_LABEL[p.state]}</strong>
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
                    Biên lai {p.receiptNumber} (PDF)
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {bill.refunds.map((r) => (
        <p key={r.id} className="rounded border border-amber-300 bg-amber-50 p-2">
          Hoàn trả {formatVnd(r.amountVnd)} ({formatDateTime(r.createdAt)}): {r.reason}
        </p>
      ))}
    </div>
  );
}
