import "server-only";
import { STATUS_INFO } from "../dossiers/status";
import type { TrackingRow } from "./queries";
import { documentTitle, nationalHeader, type IssuingAgency } from "../pdf/administrative-layout";
import { DocumentWriter } from "../pdf/document-writer";
import { gridTable } from "../pdf/tables";
import { numericDate, numericDateTime } from "../text/vietnamese-dates";

// Mẫu số 06 of the appendix to TT 01/2018/TT-VPCP: "Sổ theo dõi hồ sơ", one row per dossier
// received in a period, with the dates of reception, appointment, transfer to the competent
// agency, result and return. Printed on A4 landscape; the table header repeats on each page.

export type Mau06TrackingBook = {
  agency: IssuingAgency;
  /** The first and last day of the period (instants within those days in Vietnam). */
  from: Date;
  to: Date;
  /** The date the book was printed. */
  printedAt: Date;
  rows: TrackingRow[];
};

export const MAU_06_TITLE = "Sổ theo dõi hồ sơ";
const when = (d: Date | null) => (d ? numericDateTime(d) : "");

export async function renderMau06TrackingBook(data: Mau06TrackingBook): Promise<Uint8Array<ArrayBuffer>> {
  const period = `Từ ngày ${numericDate(data.from)} đến ngày ${numericDate(data.to)}`;
  const w = await DocumentWriter.create({
    paper: "A4",
    landscape: true,
    baseSize: 10,
    metadata: {
      title: `${MAU_06_TITLE} ${period}`,
      subject: "Mẫu số 06 - Thông tư 01/2018/TT-VPCP",
      createdAt: data.printedAt,
    },
  });
  nationalHeader(w, { agency: data.agency, place: "Tây Ninh", date: data.printedAt });
  documentTitle(w, MAU_06_TITLE, [{ text: period, face: "italic" }]);
  gridTable(
    w,
    [
      { header: "TT", share: 0.035, align: "center" },
      { header: "Mã hồ sơ", share: 0.15 },
      { header: "Tên thủ tục hành chính", share: 0.12 },
      { header: "Tên cá nhân, tổ chức", share: 0.1 },
      { header: "Địa chỉ", share: 0.1 },
      { header: "Cơ quan chủ trì giải quyết", share: 0.1 },
      { header: "Nhận hồ sơ", share: 0.065, align: "center" },
      { header: "Hẹn trả kết quả", share: 0.065, align: "center" },
      { header: "Chuyển hồ sơ đến cơ quan giải quyết", share: 0.065, align: "center" },
      { header: "Nhận kết quả từ cơ quan giải quyết", share: 0.065, align: "center" },
      { header: "Trả kết quả cho cá nhân, tổ chức", share: 0.065, align: "center" },
      { header: "Trạng thái", share: 0.07 },
    ],
    data.rows.map((r, i) => [
      String(i + 1),
      r.code,
      r.procedure,
      r.applicant,
      r.address ?? "",
      r.agency,
      when(r.receivedAt),
      when(r.dueAt),
      when(r.transferredAt),
      when(r.resultAt),
      when(r.returnedAt),
      STATUS_INFO[r.status].label,
    ]),
    { size: 7.5, padding: 2 },
  );
  if (data.rows.length === 0)
    w.text("Không có hồ sơ được tiếp nhận trong khoảng thời gian này.", { face: "italic", align: "center" });
  return w.save();
}
