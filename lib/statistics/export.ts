import "server-only";
import ExcelJS from "exceljs";
import type { Actor } from "../auth/actor";
import { toExcelDate } from "../tracking-book/xlsx";
import { LINE_COLUMNS } from "./columns";
import { loadAgencyReport, type AgencyReport, type ReportLine } from "./report";
import type { Period } from "./period";
import { vi } from "../i18n/vi";

// A leader's report as files: CSV (the by-procedure table with its total row, for any tool) and
// XLSX (every table of the page, one sheet each, numbers as numbers, rates as % cells).

export type ReportFormat = "csv" | "xlsx";
const CONTENT_TYPE: Record<ReportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

const periodSlug = (p: Period) =>
  p.kind === "year" ? `${p.year}` : `${p.year}-${p.kind === "month" ? "thang" : "quy"}-${p.number}`;

const csvCell = (v: string | number | null) => {
  if (v === null) return "";
  const s = String(v);
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Rates as percentages with one decimal in the CSV (a spreadsheet gets the fraction, formatted). */
const csvValue = (v: number | null, percent?: boolean) => (v === null ? null : percent ? Math.round(v * 1000) / 10 : v);

export function reportCsv(r: AgencyReport): string {
  const header = ["Mã thủ tục", "Thủ tục", ...LINE_COLUMNS.map((c) => (c.percent ? `${c.header} (%)` : c.header))];
  const row = (l: ReportLine) => [
    l.code ?? "",
    l.label,
    ...LINE_COLUMNS.map((c) => csvValue(c.value(l.figures), c.percent)),
  ];
  const lines = [header, ...r.byProcedure.map(row), row(r.total)].map((cells) => cells.map(csvCell).join(","));
  // The byte order mark lets Excel open the UTF-8 file with its Vietnamese letters intact.
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

function lineSheet(
  book: ExcelJS.Workbook,
  name: string,
  first: string,
  lines: ReportLine[],
  total: ReportLine,
  withCode: boolean,
) {
  const sheet = book.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [
    ...(withCode ? [{ header: "Mã thủ tục", key: "code", width: 12 }] : []),
    { header: first, key: "label", width: 48 },
    ...LINE_COLUMNS.map((c, i) => ({
      header: c.header,
      key: `c${i}`,
      width: 14,
      style: c.percent ? { numFmt: "0.0%" } : {},
    })),
  ];
  sheet.getRow(1).font = { bold: true };
  for (const l of [...lines, total]) {
    const row = sheet.addRow({
      code: l.code ?? "",
      label: l.label,
      ...Object.fromEntries(LINE_COLUMNS.map((c, i) => [`c${i}`, c.value(l.figures)])),
    });
    if (l === total) row.font = { bold: true };
  }
}

export async function reportXlsx(r: AgencyReport, createdAt: Date): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  book.creator = "Cổng Dịch vụ công tỉnh Tây Ninh";
  book.title = `Báo cáo ${r.agency.name} ${r.period.from} - ${r.period.to}`;
  book.created = createdAt;
  book.modified = createdAt;

  const summary = book.addWorksheet("Tổng hợp");
  summary.columns = [
    { header: "Chỉ tiêu", key: "label", width: 48 },
    { header: "Giá trị", key: "value", width: 16 },
  ];
  summary.getRow(1).font = { bold: true };
  summary.addRow({ label: "Cơ quan", value: r.agency.name });
  summary.addRow({ label: "Từ ngày", value: r.period.from });
  summary.addRow({ label: "Đến ngày", value: r.period.to });
  for (const c of LINE_COLUMNS) {
    const row = summary.addRow({ label: c.header, value: c.value(r.total.figures) });
    if (c.percent) row.getCell(2).numFmt = "0.0%";
  }
  summary.addRow({ label: "Điểm Bộ chỉ số 766", value: r.index.total });
  summary.addRow({ label: "Điểm đánh giá được", value: r.index.evaluated });

  lineSheet(book, "Theo thủ tục", "Thủ tục", r.byProcedure, r.total, true);
  lineSheet(book, "Theo cán bộ", "Cán bộ xử lý", r.byOfficer, r.total, false);

  const overdue = book.addWorksheet("Quá hạn");
  overdue.columns = [
    { header: "Loại", key: "kind", width: 22 },
    { header: "Mã hồ sơ", key: "code", width: 28 },
    { header: "Thủ tục", key: "procedure", width: 40 },
    { header: "Người nộp", key: "applicant", width: 26 },
    { header: "Cán bộ xử lý", key: "assignee", width: 24 },
    { header: "Hẹn trả", key: "dueAt", width: 17, style: { numFmt: "dd/mm/yyyy hh:mm" } },
    { header: "Có kết quả", key: "finishedAt", width: 17, style: { numFmt: "dd/mm/yyyy hh:mm" } },
    { header: "Lý do (Mẫu 04)", key: "reason", width: 48 },
  ];
  overdue.getRow(1).font = { bold: true };
  for (const [kind, rows] of [
    ["Đang quá hạn", r.overdue.open],
    ["Giải quyết quá hạn", r.overdue.late],
  ] as const) {
    for (const d of rows)
      overdue.addRow({
        kind,
        code: d.code,
        procedure: d.procedure,
        applicant: d.applicant,
        assignee: d.assignee ?? "",
        dueAt: toExcelDate(d.dueAt),
        finishedAt: toExcelDate(d.finishedAt),
        reason: d.reason ?? "Chưa có Mẫu 04",
      });
  }

  const evaluation = book.addWorksheet("Đánh giá");
  evaluation.columns = [
    { header: "Tiêu chí (TT 01/2018 Điều 13)", key: "label", width: 48 },
    { header: "Điểm trung bình", key: "value", width: 16, style: { numFmt: "0.00" } },
  ];
  evaluation.getRow(1).font = { bold: true };
  r.evaluation.indicators.forEach((i, k) => evaluation.addRow({ label: `${k + 1}. ${i.title}`, value: i.average }));
  evaluation.addRow({ label: "Số lượt đánh giá", value: r.evaluation.ratings });
  evaluation.addRow({ label: "Tổng điểm trung bình (tối đa 18)", value: r.evaluation.averageTotal });
  evaluation.addRow({ label: "Xếp loại", value: r.evaluation.agencyClass?.label ?? "Chưa có đánh giá" });

  const index = book.addWorksheet("Bộ chỉ số 766");
  index.columns = [
    { header: "Nhóm", key: "group", width: 30 },
    { header: "Chỉ số", key: "indicator", width: 48 },
    { header: "Tử số", key: "numerator", width: 10 },
    { header: "Mẫu số", key: "denominator", width: 10 },
    { header: "Điểm tối đa", key: "points", width: 12 },
    { header: "Điểm", key: "score", width: 10 },
  ];
  index.getRow(1).font = { bold: true };
  for (const g of r.index.groups) {
    for (const i of g.indicators) {
      index.addRow({
        group: vi.statistics.index.groups[g.code],
        indicator: vi.statistics.index.indicators[i.code].title,
        numerator: i.ratio?.numerator ?? null,
        denominator: i.ratio?.denominator ?? null,
        points: i.points,
        score: i.score ?? (i.status === "NO_DATA" ? "Không có dữ liệu" : "Không phát sinh"),
      });
    }
    index.addRow({
      group: vi.statistics.index.groups[g.code],
      indicator: "Cộng nhóm",
      points: g.points,
      score: g.score,
    }).font = { bold: true };
  }
  index.addRow({ group: "Tổng", points: 100, score: r.index.total }).font = { bold: true };
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The leader's report of their agency, as a file. */
export async function reportFile(
  actor: Actor,
  input: { agencyCode?: string | null; period: Period },
  format: ReportFormat,
  now = new Date(),
) {
  const report = await loadAgencyReport(actor, input, now);
  const fileName = `bao-cao-${report.agency.code}-${periodSlug(report.period)}.${format}`;
  const body = format === "csv" ? new TextEncoder().encode(reportCsv(report)) : await reportXlsx(report, now);
  return { body: body as Uint8Array<ArrayBuffer>, fileName, contentType: CONTENT_TYPE[format] };
}
