import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { documentTitle, nationalHeader, signatureBlocks } from "./administrative-layout";
import { DocumentWriter } from "./document-writer";
import { gridTable, labelValueTable } from "./tables";
import { extractText, normalizedText, PDFTOTEXT } from "./test-fixtures";

const createdAt = new Date("2026-06-01T02:00:00Z");

async function a4Sample(rows: number) {
  const w = await DocumentWriter.create({
    paper: "A4",
    baseSize: 13,
    metadata: { title: "Sổ theo dõi hồ sơ", createdAt },
  });
  nationalHeader(w, {
    agency: { parentName: "UBND tỉnh Tây Ninh", name: "Sở Xây dựng" },
    place: "Tây Ninh",
    date: createdAt,
    number: "01/STD",
  });
  documentTitle(w, "Sổ theo dõi hồ sơ", [{ text: "(Mẫu số 06)", face: "italic" }]);
  labelValueTable(w, [{ label: "Kỳ báo cáo", value: "Tháng 6 năm 2026" }]);
  gridTable(
    w,
    [
      { header: "TT", share: 1 },
      { header: "Mã hồ sơ", share: 4 },
      { header: "Tên thủ tục hành chính", share: 6 },
    ],
    Array.from({ length: rows }, (_, i) => [
      String(i + 1),
      `000.00.07.H80-260601-${String(i + 1).padStart(4, "0")}`,
      "Cấp giấy phép xây dựng nhà ở riêng lẻ",
    ]),
  );
  signatureBlocks(w, [{ title: "Người lập sổ", name: "Đặng Thu Hà" }]);
  return w.save();
}

describe("DocumentWriter on A4", () => {
  it("lays out the header, tables and signature on A4 pages", async (ctx) => {
    const pdf = await a4Sample(3);
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect(width).toBeCloseTo(595.28, 2);
    expect(height).toBeCloseTo(841.89, 2);
    const raw = extractText(pdf);
    if (raw === null) return ctx.skip(`${PDFTOTEXT} not found`);
    const text = normalizedText(raw);
    for (const expected of [
      "UBND TỈNH TÂY NINH",
      "SỞ XÂY DỰNG",
      "Tây Ninh, ngày 01 tháng 6 năm 2026",
      "SỔ THEO DÕI HỒ SƠ",
      "Kỳ báo cáo: Tháng 6 năm 2026",
      "000.00.07.H80-260601-0003",
      "NGƯỜI LẬP SỔ",
      "Đặng Thu Hà",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("continues long tables on new pages and keeps the signature block in one piece", async (ctx) => {
    const pdf = await a4Sample(60);
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBeGreaterThan(1);
    const raw = extractText(pdf);
    if (raw === null) return ctx.skip(`${PDFTOTEXT} not found`);
    const pages = raw.split("\f").map(normalizedText);
    const last = pages.filter((p) => p.trim() !== "").at(-1) ?? "";
    expect(last).toContain("NGƯỜI LẬP SỔ");
    expect(last).toContain("Đặng Thu Hà");
    expect(pages.join(" ")).toContain("000.00.07.H80-260601-0060");
  });

  it("turns the page for landscape registers", async () => {
    const w = await DocumentWriter.create({
      paper: "A4",
      landscape: true,
      baseSize: 12,
      metadata: { title: "Sổ theo dõi hồ sơ", createdAt },
    });
    w.text("Sổ theo dõi hồ sơ");
    w.newPage();
    const doc = await PDFDocument.load(await w.save());
    for (const page of doc.getPages()) {
      expect(page.getWidth()).toBeCloseTo(841.89, 2);
      expect(page.getHeight()).toBeCloseTo(595.28, 2);
    }
  });
});

describe("text extraction across documents", () => {
  it("keeps every letter searchable after earlier documents shaped its composed forms (ừ, à)", async (ctx) => {
    const italic = async (text: string) => {
      const w = await DocumentWriter.create({ paper: "A5", baseSize: 12, metadata: { title: "t", createdAt } });
      w.text(text, { face: "italic" });
      return w.save();
    };
    await italic("Từ ngày, tháng 4 năm 2026, à ừ");
    const raw = extractText(await italic("Không có hồ sơ được tiếp nhận trong khoảng thời gian này."));
    if (raw === null) return ctx.skip(`${PDFTOTEXT} not found`);
    expect(normalizedText(raw)).toContain("Không có hồ sơ được tiếp nhận trong khoảng thời gian này.");
  });
});
