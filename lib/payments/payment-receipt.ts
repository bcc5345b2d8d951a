import "server-only";
import { amountInWords } from "./amount-in-words";
import { formatVnd, formatVndDigits } from "./money";
import { signatureBlocks } from "../pdf/administrative-layout";
import { applicantLines, field, paragraph, startForm, type FormBase } from "../legal-forms/legal-form";
import { gridTable } from "../pdf/tables";
import { numericDateTime } from "../text/vietnamese-dates";

// "Biên lai thu phí, lệ phí": what the applicant paid for a dossier, online or in cash at the
// counter (NĐ 11/2020/NĐ-CP on the state treasury's collections; the receipt's content follows
// TT 32/2025/TT-BTC on receipts of fees). Printed on A5 with the dossier's lookup QR code.

export type PaymentReceipt = FormBase & {
  receiptNumber: string;
  lines: { label: string; description: string; amountVnd: number }[];
  totalVnd: number;
  method: "ONLINE" | "CASH";
  paidAt: Date;
  /** The gateway's transaction number (online) or the officer who collected (cash). */
  gatewayTxnNo?: string | null;
  collectorName?: string | null;
};

export const PAYMENT_RECEIPT_TITLE = "Biên lai thu phí, lệ phí";

export async function renderPaymentReceipt(data: PaymentReceipt): Promise<Uint8Array<ArrayBuffer>> {
  const w = await startForm(
    { ...data, number: data.receiptNumber },
    { title: PAYMENT_RECEIPT_TITLE, subject: "Biên lai thu phí, lệ phí" },
  );
  applicantLines(w, data);
  gridTable(
    w,
    [
      { header: "Khoản thu", share: 1 },
      { header: "Nội dung", share: 3 },
      { header: "Số tiền (đồng)", share: 1.2, align: "right" },
    ],
    [
      ...data.lines.map((l) => [l.label, l.description, formatVndDigits(l.amountVnd)]),
      ["Tổng cộng", "", formatVndDigits(data.totalVnd)],
    ],
  );
  w.gap(2);
  // In figures and in words, so that an altered figure shows (TT 32/2025/TT-BTC).
  paragraph(w, field("Số tiền bằng số", formatVnd(data.totalVnd)));
  paragraph(w, field("Số tiền bằng chữ", `${amountInWords(data.totalVnd)}.`));
  paragraph(
    w,
    field(
      "Hình thức nộp",
      data.method === "ONLINE" ? "Trực tuyến qua cổng thanh toán" : "Tiền mặt tại Bộ phận Một cửa",
    ),
  );
  if (data.gatewayTxnNo) paragraph(w, field("Mã giao dịch của cổng thanh toán", data.gatewayTxnNo));
  paragraph(w, field("Thời gian nộp", numericDateTime(data.paidAt)));
  signatureBlocks(w, [
    { title: "Người nộp tiền", name: data.applicant.name },
    { title: "Người thu tiền", name: data.collectorName ?? null },
  ]);
  return w.save();
}
