import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import type { TrackingRow } from "./queries";
import { renderMau06TrackingBook } from "./mau-06-tracking-book";
import { extractText, normalizedText } from "../pdf/test-fixtures";

const row = (i: number): TrackingRow => ({
  code: `000.21.01.H80-2603${String(1 + (i % 28)).padStart(2, "0")}-${String(i + 1).padStart(4, "0")}`,
  procedure: i % 2 ? "Đăng ký thành lập hộ kinh doanh" : "Đăng ký khai sinh",
  applicant: `Nguyễn Văn Thử ${i + 1}`,
  address: "Khu phố 3, phường Tân Ninh, tỉnh Tây Ninh",
  agency: "Ủy ban nhân dân phường Tân Ninh",
  receivedAt: new Date("2026-03-05T02:15:00Z"),
  dueAt: new Date("2026-03-10T09:00:00Z"),
  transferredAt: i % 3 ? new Date("2026-03-05T04:00:00Z") : null,
  resultAt: null,
  returnedAt: i === 0 ? new Date("2026-03-09T03:30:00Z") : null,
  status: i === 0 ? "RETURNED" : "PROCESSING",
});

const book = (rows: TrackingRow[]) =>
  renderMau06TrackingBook({
    agency: { parentName: "Ủy ban nhân dân phường Tân Ninh", name: "Bộ phận tiếp nhận và trả kết quả" },
    from: new Date("2026-03-01T05:00:00Z"),
    to: new Date("2026-03-31T05:00:00Z"),
    printedAt: new Date("2026-04-01T02:00:00Z"),
    rows,
  });

describe("Mẫu 06 — Sổ theo dõi hồ sơ (TT 01/2018/TT-VPCP)", () => {
  it("is an A4 landscape register over several pages, the column headers repeated on each", async (ctx) => {
    const pdf = await book(Array.from({ length: 60 }, (_, i) => row(i)));
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(3);
    for (const page of doc.getPages()) {
      const { width, height } = page.getSize();
      expect([Math.round(width * 100) / 100, Math.round(height * 100) / 100]).toEqual([841.89, 595.28]);
    }
    const raw = extractText(pdf);
    if (raw === null) return ctx.skip("pdftotext not found: install poppler-utils to check the text");
    const text = normalizedText(raw);
    // Dates of reception, due and return of the first row, the time under the date.
    for (const phrase of [
      "SỔ THEO DÕI HỒ SƠ",
      "Từ ngày 01/03/2026 đến ngày 31/03/2026",
      "Tây Ninh, ngày 01 tháng 4 năm 2026",
      "000.21.01.H80-260301-0001",
      "000.21.01.H80-260304-0060",
      "Nguyễn Văn Thử 60",
      "05/03/2026 10/03/2026 09/03/2026",
      "09:15 16:00 10:30",
      "Đã trả kết quả",
      "Đang xử lý",
    ]) {
      expect(text).toContain(phrase);
    }
    const pages = raw.split("\f").filter((p) => p.trim());
    expect(pages.length).toBe(doc.getPageCount());
    for (const page of pages) expect(normalizedText(page)).toContain("Mã hồ sơ");
  });

  it("says so when no dossier was received in the period", async (ctx) => {
    const pdf = await book([]);
    const raw = extractText(pdf);
    if (raw === null) return ctx.skip("pdftotext not found");
    expect(normalizedText(raw)).toContain("Không có hồ sơ được tiếp nhận trong khoảng thời gian này.");
  });
});
