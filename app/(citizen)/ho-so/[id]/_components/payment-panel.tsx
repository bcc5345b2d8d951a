import type { Actor } from "@/lib/auth/actor";
import { PAYABLE_STATUSES } from "@/lib/payments/commands/start-online-payment";
import { billForActor } from "@/lib/payments/queries";
import { BillSummary } from "@/components/payments/bill-summary";
import { OnlinePaymentButton } from "./online-payment-button";

/** What the last online attempt tells the citizen (the state comes from the IPN or a query, never from the browser). */
function attemptMessage(
  state: string | undefined,
  code: string | null | undefined,
): { text: string; alert: boolean } | null {
  switch (state) {
    case "CANCELLED":
      return {
        text: "Bạn đã hủy giao dịch tại cổng thanh toán. Chưa có khoản tiền nào được thu; hồ sơ vẫn chờ nộp phí, lệ phí. Bạn có thể thanh toán lại.",
        alert: true,
      };
    case "FAILED":
      return {
        text: `Giao dịch không thành công${code ? ` (mã ${code})` : ""}. Chưa có khoản tiền nào được thu; vui lòng thanh toán lại hoặc dùng thẻ, tài khoản khác.`,
        alert: true,
      };
    case "EXPIRED":
      return { text: "Giao dịch trước đã hết thời hạn thanh toán. Vui lòng thanh toán lại.", alert: true };
    case "PENDING":
      return {
        text: "Đang chờ cổng thanh toán xác nhận giao dịch. Nếu bạn đã thanh toán, kết quả sẽ được cập nhật trong ít phút.",
        alert: false,
      };
    default:
      return null;
  }
}

/** The dossier's bill, online payment and the outcome of the last attempt, on the citizen's dossier page. */
export async function PaymentPanel({ actor, dossierId }: { actor: Actor; dossierId: string }) {
  const { bill, status } = await billForActor(actor, dossierId);
  if (!bill) return null;
  const last = bill.payments.find((p) => p.method === "ONLINE");
  const message = bill.state === "UNPAID" ? attemptMessage(last?.state, last?.responseCode) : null;
  const payable = bill.state === "UNPAID" && (PAYABLE_STATUSES as readonly string[]).includes(status);
  return (
    <section id="thanh-toan" aria-labelledby="thanh-toan-title" className="rounded bg-white p-4 shadow-sm space-y-3">
      <h2 id="thanh-toan-title" className="text-lg font-semibold">
        Phí, lệ phí
      </h2>
      {status === "AWAITING_PAYMENT" && bill.state === "UNPAID" && (
        <p>Hồ sơ sẽ được xử lý sau khi bạn nộp đủ phí, lệ phí dưới đây.</p>
      )}
      {bill.state === "PAID" && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-2">
          Bạn đã nộp phí, lệ phí. Hồ sơ được chuyển xử lý.
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
      <BillSummary dossierId={dossierId} bill={bill} />
      {payable && <OnlinePaymentButton dossierId={dossierId} amountVnd={bill.totalVnd} />}
    </section>
  );
}
