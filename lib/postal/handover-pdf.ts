import "server-only";
import { env } from "../env";
import { signatureBlocks } from "../pdf/administrative-layout";
import { field, paragraph, startForm } from "../legal-forms/legal-form";
import { gridTable } from "../pdf/tables";
import { numericDateTime, timeAndLongDate } from "../text/vietnamese-dates";
import type { handoverForActor } from "./queries";

// "Biên bản giao nhận hồ sơ, kết quả giải quyết thủ tục hành chính" between the post office and
// the agency (QĐ 45/2016/QĐ-TTg Art. 8, 10): A4 landscape, one row per shipment (dossier code,
// tracking number, sender, receiver, papers with original/copy), both sides' confirmations.

type Handover = Awaited<ReturnType<typeof handoverForActor>>;

export const HANDOVER_TITLE =
  "Biên bản giao nhận hồ sơ, kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích";

export async function renderHandover(h: Handover): Promise<Uint8Array<ArrayBuffer>> {
  const base = {
    agency: { name: h.agency.name, parentName: h.agency.parent?.name ?? null },
    date: h.createdAt,
    number: h.number,
    code: h.number,
    lookupUrl: `${env.NEXTAUTH_URL.replace(/\/+$/, "")}/buu-chinh/bien-ban/${h.id}`,
    applicant: { name: "" },
    procedure: { name: "" },
  };
  const w = await startForm(base, {
    title: HANDOVER_TITLE,
    subject: "Biên bản giao nhận",
    paper: "A4",
    landscape: true,
    codeLabel: "Số biên bản",
  });
  paragraph(
    w,
    field(
      "Bên giao",
      h.direction === "RESULT_TO_CITIZEN"
        ? h.agency.name
        : "Bưu điện (doanh nghiệp cung ứng dịch vụ bưu chính công ích)",
    ),
  );
  paragraph(
    w,
    field(
      "Bên nhận",
      h.direction === "RESULT_TO_CITIZEN"
        ? "Bưu điện (doanh nghiệp cung ứng dịch vụ bưu chính công ích)"
        : h.agency.name,
    ),
  );
  paragraph(
    w,
    field(
      "Nội dung",
      h.direction === "RESULT_TO_CITIZEN"
        ? "Giao kết quả giải quyết thủ tục hành chính để chuyển phát đến người nhận"
        : "Giao hồ sơ thủ tục hành chính do tổ chức, cá nhân gửi qua bưu chính",
    ),
  );
  gridTable(
    w,
    [
      { header: "STT", share: 0.4, align: "center" },
      { header: "Mã hồ sơ", share: 1.6 },
      { header: "Số hiệu bưu gửi", share: 1.4 },
      { header: "Người gửi", share: 2 },
      { header: "Người nhận", share: 2.4 },
      { header: "Giấy tờ (bản chính/bản sao)", share: 3 },
    ],
    h.shipments.map((s, i) => [
      String(i + 1),
      s.dossier.code ?? "",
      s.trackingNumber,
      s.slip.sender.name,
      `${s.slip.receiver.name}, ${s.slip.receiver.address}${s.slip.receiver.phone ? `, ĐT ${s.slip.receiver.phone}` : ""}`,
      s.slip.documents.map((d) => `${d.name} (${d.copy}, ${d.count} bản)`).join("; "),
    ]),
    { size: 8.5 },
  );
  w.gap(2);
  paragraph(w, field("Tổng số bưu gửi", String(h.shipments.length)));
  paragraph(
    w,
    field(
      "Bưu điện xác nhận",
      h.postConfirmedAt ? `${h.postSignerName ?? ""}, ${numericDateTime(h.postConfirmedAt)}` : null,
    ),
  );
  paragraph(
    w,
    field(
      "Cơ quan xác nhận",
      h.agencyConfirmedAt ? `${h.agencySignerName ?? ""}, ${numericDateTime(h.agencyConfirmedAt)}` : null,
    ),
  );
  if (h.confirmedAt) paragraph(w, field("Thời điểm giao nhận (hai bên đã xác nhận)", timeAndLongDate(h.confirmedAt)));
  signatureBlocks(w, [
    { title: "Đại diện bưu điện", name: h.postSignerName },
    { title: `Đại diện ${h.agency.name}`, name: h.agencySignerName },
  ]);
  return w.save();
}
