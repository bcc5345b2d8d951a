import "server-only";
import type { ResultDelivery } from "../generated/prisma/enums";
import { documentTitle, nationalHeader } from "../pdf/administrative-layout";
import { lookupQr } from "../pdf/lookup-qr";
import { DocumentWriter } from "../pdf/document-writer";
import { gridTable, labelValueTable } from "../pdf/tables";
import { shortDateTime, timeAndLongDate } from "../text/vietnamese-dates";

// The confirmation a citizen gets as soon as an online dossier is filed (status 1, "Mới đăng ký"),
// before the counter checks it and issues the legal receipt (Mẫu 01, TT 01/2018/TT-VPCP).

export type OnlineSubmissionReceipt = {
  code: string;
  /** The agency the dossier was filed with. */
  agency: { name: string; parentName?: string | null };
  procedure: { code: string; name: string };
  applicant: { name: string; personalId: string };
  submittedAt: Date;
  /** Confirmed at reception, or only expected from the procedure's time limit; null when unknown. */
  due: { at: Date; confirmed: boolean } | null;
  documents: { component: string; files: string[] }[];
  resultDelivery: ResultDelivery;
  /** Absolute address of the public lookup page for this code. */
  lookupUrl: string;
  place?: string;
};

export const RESULT_DELIVERY_LABEL: Record<ResultDelivery, string> = {
  COUNTER: "Nhận trực tiếp tại Bộ phận Một cửa",
  POST: "Nhận qua dịch vụ bưu chính công ích",
  ELECTRONIC: "Nhận kết quả điện tử trên Cổng Dịch vụ công",
};

export const DUE_UNKNOWN_NOTE = "Ngày hẹn trả kết quả sẽ được ghi trên Giấy tiếp nhận khi hồ sơ được tiếp nhận";

const NEXT_STEPS = [
  "Bộ phận Một cửa kiểm tra hồ sơ trong giờ làm việc (hồ sơ nộp ngoài giờ được tính từ ngày làm việc tiếp theo) và báo kết quả trên Cổng, qua thư điện tử.",
  "Hồ sơ đầy đủ, hợp lệ được tiếp nhận, kèm Giấy tiếp nhận hồ sơ và hẹn trả kết quả; hồ sơ cần bổ sung được hướng dẫn một lần, đầy đủ; hồ sơ không đủ điều kiện được thông báo rõ lý do.",
];

function dueText(due: OnlineSubmissionReceipt["due"]) {
  if (!due) return [{ text: DUE_UNKNOWN_NOTE, face: "italic" as const }];
  if (due.confirmed) return [{ text: timeAndLongDate(due.at), face: "bold" as const }];
  return [
    { text: `Dự kiến ${timeAndLongDate(due.at)}`, face: "bold" as const },
    { text: " (xác nhận khi tiếp nhận hồ sơ)", face: "italic" as const },
  ];
}

export async function renderOnlineSubmissionReceipt(data: OnlineSubmissionReceipt): Promise<Uint8Array<ArrayBuffer>> {
  const w = await DocumentWriter.create({
    paper: "A5",
    baseSize: 10,
    metadata: {
      title: `Phiếu xác nhận nộp hồ sơ trực tuyến ${data.code}`,
      subject: data.procedure.name,
      keywords: [data.code, data.procedure.code],
      createdAt: data.submittedAt,
    },
  });
  lookupQr(w, data.lookupUrl);
  nationalHeader(w, { agency: data.agency, place: data.place ?? "Tây Ninh", date: data.submittedAt });
  documentTitle(w, "Phiếu xác nhận nộp hồ sơ trực tuyến", [{ text: `Mã hồ sơ: ${data.code}`, face: "bold" }]);

  w.text("Cổng Dịch vụ công tỉnh Tây Ninh xác nhận đã nhận hồ sơ nộp trực tuyến như sau:", { spaceAfter: 4 });
  labelValueTable(w, [
    { label: "Thủ tục hành chính", value: `${data.procedure.name} (mã ${data.procedure.code})` },
    { label: "Người nộp hồ sơ", value: data.applicant.name },
    { label: "Số định danh cá nhân", value: data.applicant.personalId },
    { label: "Cơ quan tiếp nhận", value: data.agency.name },
    { label: "Thời gian nộp", value: shortDateTime(data.submittedAt) },
    { label: "Ngày hẹn trả kết quả", value: dueText(data.due) },
    { label: "Hình thức nhận kết quả", value: RESULT_DELIVERY_LABEL[data.resultDelivery] },
  ]);

  w.gap(2);
  w.text([{ text: "Tra cứu tại " }, { text: data.lookupUrl, face: "bold" }], { spaceAfter: 4 });

  w.text("Giấy tờ đã nộp", { face: "bold", spaceAfter: 2 });
  gridTable(
    w,
    [
      { header: "TT", share: 0.08, align: "center" },
      { header: "Thành phần hồ sơ", share: 0.54 },
      { header: "Tệp đã nộp", share: 0.38 },
    ],
    data.documents.map((d, i) => [
      String(i + 1),
      d.component,
      d.files.length > 0 ? d.files.join("\n") : "Không có tệp",
    ]),
    { size: 9 },
  );

  w.keepTogether([
    { gap: 6 },
    { text: "Các bước tiếp theo", options: { face: "bold", spaceAfter: 1 } },
    ...NEXT_STEPS.map((step, i) => ({
      text: `${i + 1}. ${step}`,
      options: { size: 9, restIndent: 9, spaceAfter: 0.5 },
    })),
    { gap: 4 },
    {
      text: "Phiếu này được Cổng Dịch vụ công tỉnh Tây Ninh tạo tự động, không cần chữ ký, đóng dấu.",
      options: { size: 8.5, face: "italic", align: "center" },
    },
  ]);
  return w.save();
}
