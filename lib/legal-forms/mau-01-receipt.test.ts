import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { renderMau01Receipt } from "./mau-01-receipt";
import { extractText, inflatedContent, normalizedText, PDFTOTEXT } from "../pdf/test-fixtures";
import { SAMPLE_CODE, sampleMau01 } from "./legal-form-fixtures";

describe("Mẫu 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả (TT 01/2018/TT-VPCP)", () => {
  it("is a one-page A5 PDF with the fonts embedded as subsets", async () => {
    const pdf = await renderMau01Receipt(sampleMau01);
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect(width).toBeCloseTo(419.53, 2);
    expect(height).toBeCloseTo(595.28, 2);
    expect(doc.getTitle()).toBe(`Giấy tiếp nhận hồ sơ và hẹn trả kết quả ${SAMPLE_CODE}`);

    const content = inflatedContent(pdf);
    expect(content).toContain("/FontFile2"); // TrueType program inside the file, not a reference
    expect(content).toContain("/BaseFont /AAAAAA+Tinos-Regular");
    expect(content).toContain("/BaseFont /AAAAAB+Tinos-Bold");
    expect(content).toContain("/ToUnicode"); // what makes the text searchable and copyable
    expect(pdf.byteLength).toBeLessThan(80_000); // subsets, not the 500 KB font files
  });

  it("carries the form's wording with full Vietnamese text", async (ctx) => {
    const raw = extractText(await renderMau01Receipt(sampleMau01));
    if (raw === null) {
      ctx.skip(`${PDFTOTEXT} not found: install poppler-utils to check the extracted text`);
      return;
    }
    const text = normalizedText(raw);
    for (const expected of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "UBND PHƯỜNG TÂN NINH",
      "Số: 125/TNHS",
      "Tây Ninh, ngày 05 tháng 3 năm 2026",
      "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
      `Mã hồ sơ: ${SAMPLE_CODE}`,
      "Ông/Bà: Nguyễn Thị Hồng Nhung",
      "Địa chỉ: Số 12, đường Cách Mạng Tháng Tám, khu phố 3, phường Tân Ninh, tỉnh Tây Ninh",
      "3. Thời gian giải quyết hồ sơ theo quy định là: Trong ngày làm việc",
      "Giấy chứng nhận kết hôn của cha, mẹ trẻ",
      "Bản sao chứng thực",
      "2. Số lượng hồ sơ: 01 bộ",
      "4. Thời gian nhận hồ sơ: 09 giờ 15 phút, ngày 05 tháng 3 năm 2026",
      "5. Thời gian trả kết quả giải quyết hồ sơ: 16 giờ 00 phút, ngày 05 tháng 3 năm 2026",
      "Vào Sổ theo dõi hồ sơ, Quyển số: 01/2026, Số thứ tự: 125",
      "NGƯỜI NỘP HỒ SƠ",
      "NGƯỜI TIẾP NHẬN HỒ SƠ",
      "Phạm Thị Dung",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("leaves blanks to fill in by hand when optional data is missing, and flows onto a second page", async (ctx) => {
    const documents = Array.from({ length: 30 }, (_, i) => ({
      name: `Giấy tờ số ${i + 1} của hồ sơ`,
      copyType: "COPY" as const,
      count: 2,
    }));
    const pdf = await renderMau01Receipt({
      ...sampleMau01,
      number: null,
      register: null,
      processingTime: null,
      applicant: { name: "Lê Văn Ất" },
      documents,
    });
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(2);
    const raw = extractText(pdf);
    if (raw === null) return ctx.skip(`${PDFTOTEXT} not found`);
    const text = normalizedText(raw);
    expect(text).toContain("Địa chỉ: …………………");
    expect(text).toContain("Giấy tờ số 30 của hồ sơ");
    expect(text.match(/Tên giấy tờ/g)).toHaveLength(2); // the table header is repeated on the new page
  });

  it("gives the same bytes for the same data", async () => {
    const [a, b] = await Promise.all([renderMau01Receipt(sampleMau01), renderMau01Receipt(sampleMau01)]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
