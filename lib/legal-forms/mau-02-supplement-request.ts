import "server-only";
import { signatureBlocks } from "../pdf/administrative-layout";
import { applicantLines, field, paragraph, startForm, type FormBase } from "./legal-form";
import { gridTable } from "../pdf/tables";
import { longDate } from "../text/vietnamese-dates";

// Mẫu số 02 of the appendix to TT 01/2018/TT-VPCP: "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ".
// Every missing or invalid item with its reason, asked once and completely (một lần, đầy đủ:
// NĐ 61/2018 Art. 19, now NĐ 118/2025). Printed on A5.

export type Mau02SupplementRequest = FormBase & {
  /** Asked at reception (by the counter) or during processing (by the specialist). */
  stage: "RECEPTION" | "PROCESSING";
  items: { label: string; reason: string }[];
  note?: string | null;
  officerName: string;
  /** Where to ask for guidance: the agency's phone number. */
  contactPhone?: string | null;
};

export const MAU_02_TITLE = "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ";

export async function renderMau02SupplementRequest(data: Mau02SupplementRequest): Promise<Uint8Array<ArrayBuffer>> {
  const w = await startForm(data, { title: MAU_02_TITLE, subject: "Mẫu số 02 - Thông tư 01/2018/TT-VPCP" });
  applicantLines(w, data);
  paragraph(w, field("Số điện thoại", data.applicant.phone));
  const when = data.stage === "RECEPTION" ? "Qua kiểm tra hồ sơ" : "Trong quá trình giải quyết hồ sơ";
  paragraph(w, `${when}, ${longDate(data.date)}, hồ sơ của Ông/Bà cần bổ sung, hoàn thiện những nội dung sau:`);
  gridTable(
    w,
    [
      { header: "TT", share: 0.08, align: "center" },
      { header: "Giấy tờ, nội dung cần bổ sung, hoàn thiện", share: 0.46 },
      { header: "Lý do", share: 0.46 },
    ],
    data.items.map((item, i) => [String(i + 1), item.label, item.reason]),
  );
  w.gap(3);
  if (data.note) paragraph(w, field("Ghi chú", data.note));
  paragraph(w, [
    { text: "Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, Ông/Bà liên hệ với " },
    { text: data.officerName, face: "bold" },
    ...(data.contactPhone ? [{ text: ", số điện thoại " }, { text: data.contactPhone, face: "bold" as const }] : []),
    { text: " để được hướng dẫn./." },
  ]);
  signatureBlocks(w, [{ title: "Người hướng dẫn", name: data.officerName }]);
  return w.save();
}
