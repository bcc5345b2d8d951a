import "server-only";
import ExcelJS from "exceljs";
import { STATUS_INFO } from "../dossiers/status";
import { wallClock } from "../text/vietnam-time";
import type { TrackingRow } from "./queries";

// The tracking book (Mẫu 06) as a spreadsheet: one header row, one row per dossier, dates as
// real Excel dates so they sort and filter. Excel has no time zones: the cells hold the wall
// clock time in Vietnam (UTC+7), which is what the officer expects to read.

/** A Date whose UTC fields are the wall-clock time in Vietnam, as Excel stores dates. */
export const toExcelDate = (d: Date | null) => (d ? wallClock(d) : null);

export const XLSX_COLUMNS = [
  { header: "TT", key: "index", width: 6 },
  { header: "Mã hồ sơ", key: "code", width: 28 },
  { header: "Tên thủ tục hành chính", key: "procedure", width: 40 },
  { header: "Tên cá nhân, tổ chức", key: "applicant", width: 28 },
  { header: "Địa chỉ", key: "address", width: 40 },
  { header: "Cơ quan chủ trì giải quyết", key: "agency", width: 32 },
  { header: "Nhận hồ sơ", key: "receivedAt", width: 17, date: true },
  { header: "Hẹn trả kết quả", key: "dueAt", width: 17, date: true },
  { header: "Chuyển hồ sơ đến cơ quan giải quyết", key: "transferredAt", width: 17, date: true },
  { header: "Nhận kết quả từ cơ quan giải quyết", key: "resultAt", width: 17, date: true },
  { header: "Trả kết quả cho cá nhân, tổ chức", key: "returnedAt", width: 17, date: true },
  { header: "Trạng thái", key: "status", width: 24 },
] as const;

export async function trackingBookXlsx(
  rows: TrackingRow[],
  meta: { title: string; createdAt: Date },
): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  book.creator = "Cổng Dịch vụ công tỉnh Tây Ninh";
  book.title = meta.title;
  book.created = meta.createdAt;
  book.modified = meta.createdAt;
  const sheet = book.addWorksheet("Sổ theo dõi hồ sơ", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = XLSX_COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    style: "date" in c ? { numFmt: "dd/mm/yyyy hh:mm" } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: "middle" };
  rows.forEach((r, i) =>
    sheet.addRow({
      index: i + 1,
      code: r.code,
      procedure: r.procedure,
      applicant: r.applicant,
      address: r.address ?? "",
      agency: r.agency,
      receivedAt: toExcelDate(r.receivedAt),
      dueAt: toExcelDate(r.dueAt),
      transferredAt: toExcelDate(r.transferredAt),
      resultAt: toExcelDate(r.resultAt),
      returnedAt: toExcelDate(r.returnedAt),
      status: STATUS_INFO[r.status].label,
    }),
  );
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: XLSX_COLUMNS.length } };
  return new Uint8Array(await book.xlsx.writeBuffer());
}
