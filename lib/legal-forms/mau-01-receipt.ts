import "server-only";
import type { CopyType } from "../generated/prisma/enums";
import { COPY_TYPE_LABEL } from "../procedures/labels";
import { documentTitle, nationalHeader, signatureBlocks, type IssuingAgency } from "../pdf/administrative-layout";
import { DocumentWriter } from "../pdf/document-writer";
import { field } from "./legal-form";
import { lookupQr } from "../pdf/lookup-qr";
import { gridTable } from "../pdf/tables";
import type { Run } from "../pdf/text-flow";
import { timeAndLongDate } from "../text/vietnamese-dates";

// Mẫu số 01 of the appendix to TT 01/2018/TT-VPCP: "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
// issued by the counter (Bộ phận tiếp nhận và trả kết quả) when it accepts a complete dossier
// (NĐ 118/2025 Art. 17(3); TT 03/2025 replaces TT 01/2018 — check the form there). Printed on A5.

export type Mau01Receipt = {
  /** The agency whose counter receives the dossier; its short name ("UBND phường Tân Ninh") heads the form. */
  agency: { name: string; shortName?: string | null };
  /** The receiving unit that issues the form, by default "Bộ phận tiếp nhận và trả kết quả". */
  unitName?: string;
  place?: string;
  number?: string | null;
  code: string;
  applicant: { name: string; address?: string | null; phone?: string | null; email?: string | null };
  procedure: { name: string; code?: string | null };
  documents: { name: string; copyType: CopyType; count: number }[];
  /** Number of sets of the dossier (bộ hồ sơ). */
  setCount?: number;
  /** The legal time limit as worded in the catalogue, e.g. "03 ngày làm việc". */
  processingTime?: string | null;
  receivedAt: Date;
  dueAt: Date;
  /** Where or how the result is handed over. */
  resultPlace: string;
  /** Entry in the tracking book (Sổ theo dõi hồ sơ, Mẫu 06). */
  register?: { book: string; entry: string } | null;
  officerName: string;
  /** Which copy this is, e.g. "Lưu" or "Giao người nộp hồ sơ". */
  copy?: string | null;
  /** The dossier's public lookup page, printed as a QR code. */
  lookupUrl: string;
};

export const RECEIVING_UNIT = "Bộ phận tiếp nhận và trả kết quả";
const two = (n: number) => String(n).padStart(2, "0");

export async function renderMau01Receipt(data: Mau01Receipt): Promise<Uint8Array<ArrayBuffer>> {
  const w = await DocumentWriter.create({
    paper: "A5",
    baseSize: 10,
    metadata: {
      title: `Giấy tiếp nhận hồ sơ và hẹn trả kết quả ${data.code}`,
      subject: "Mẫu số 01 - Thông tư 01/2018/TT-VPCP",
      keywords: [data.code],
      createdAt: data.receivedAt,
    },
  });
  lookupQr(w, data.lookupUrl);
  const unit = data.unitName ?? RECEIVING_UNIT;
  const agency: IssuingAgency = { parentName: data.agency.shortName ?? data.agency.name, name: unit };
  nationalHeader(w, { agency, place: data.place ?? "Tây Ninh", date: data.receivedAt, number: data.number });
  documentTitle(w, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", [
    { text: `Mã hồ sơ: ${data.code}`, face: "bold" },
    ...(data.copy ? [{ text: `(Liên: ${data.copy})`, face: "italic" as const }] : []),
  ]);

  const line = (content: string | Run[]) => w.text(content, { spaceAfter: 0.5 });
  line(`${unit} ${data.agency.name} tiếp nhận hồ sơ của:`);
  line(field("Ông/Bà", data.applicant.name));
  line(field("Địa chỉ", data.applicant.address));
  line(field("Số điện thoại", data.applicant.phone));
  line(field("Thư điện tử", data.applicant.email));
  const procedure = data.procedure.code
    ? `${data.procedure.name} (mã thủ tục ${data.procedure.code})`
    : data.procedure.name;
  line(field("Nội dung yêu cầu giải quyết", procedure));

  line([{ text: "1. Thành phần hồ sơ nộp gồm:" }]);
  gridTable(
    w,
    [
      { header: "TT", share: 0.08, align: "center" },
      { header: "Tên giấy tờ", share: 0.5 },
      { header: "Hình thức (bản chính, bản sao hoặc bản chụp)", share: 0.28, align: "center" },
      { header: "Số lượng", share: 0.14, align: "center" },
    ],
    data.documents.map((d, i) => [String(i + 1), d.name, COPY_TYPE_LABEL[d.copyType], two(d.count)]),
  );
  w.gap(3);
  line(field("2. Số lượng hồ sơ", `${two(data.setCount ?? 1)} bộ`));
  line(field("3. Thời gian giải quyết hồ sơ theo quy định là", data.processingTime));
  line(field("4. Thời gian nhận hồ sơ", timeAndLongDate(data.receivedAt)));
  line(field("5. Thời gian trả kết quả giải quyết hồ sơ", timeAndLongDate(data.dueAt)));
  line(field("6. Đăng ký nhận kết quả tại", data.resultPlace));
  w.gap(2);
  line([
    ...field("Vào Sổ theo dõi hồ sơ, Quyển số", data.register?.book),
    { text: ", " },
    ...field("Số thứ tự", data.register?.entry),
  ]);

  signatureBlocks(
    w,
    [
      { title: "Người nộp hồ sơ", name: data.applicant.name },
      { title: "Người tiếp nhận hồ sơ", name: data.officerName },
    ],
    30,
  );
  return w.save();
}
