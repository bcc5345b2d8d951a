import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { DUE_UNKNOWN_NOTE, renderOnlineSubmissionReceipt } from "./online-submission-receipt";
import { extractText, inflatedContent, normalizedText, PDFTOTEXT } from "../pdf/test-fixtures";
import { SAMPLE_CODE, sampleOnlineReceipt } from "./legal-form-fixtures";

describe("Phiếu xác nhận nộp hồ sơ trực tuyến", () => {
  it("is a one-page A5 PDF with the fonts embedded as subsets", async () => {
    const pdf = await renderOnlineSubmissionReceipt(sampleOnlineReceipt);
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect(width).toBeCloseTo(419.53, 2);
    expect(height).toBeCloseTo(595.28, 2);
    const content = inflatedContent(pdf);
    expect(content).toContain("/FontFile2");
    expect(content).toContain("/BaseFont /AAAAAA+Tinos-Regular");
    expect(pdf.byteLength).toBeLessThan(80_000);
  });

  it("states the code, procedure, applicant, documents, delivery and how to look the dossier up", async (ctx) => {
    const raw = extractText(await renderOnlineSubmissionReceipt(sampleOnlineReceipt));
    if (raw === null) return ctx.skip(`${PDFTOTEXT} not found: install poppler-utils to check the extracted text`);
    const text = normalizedText(raw);
    for (const expected of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "PHIẾU XÁC NHẬN NỘP HỒ SƠ TRỰC TUYẾN",
      `Mã hồ sơ: ${SAMPLE_CODE}`,
      "Thủ tục hành chính: Đăng ký khai sinh (mã 1.001193)",
      "Nguyễn Thị Hồng Nhung",
      "072190001234",
      "Ủy ban nhân dân phường Tân Ninh",
      "08:30 ngày 05/03/2026",
      "Dự kiến 16 giờ 00 phút, ngày 06 tháng 3 năm 2026",
      "Giấy chứng sinh do cơ sở y tế cấp",
      "ket-hon.pdf",
      "Nhận qua dịch vụ bưu chính công ích",
      "Các bước tiếp theo",
      `Tra cứu tại http://localhost:3000/tra-cuu?ma=${SAMPLE_CODE}`,
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("shows the confirmed due date, or the note when none is known yet", async (ctx) => {
    const confirmed = extractText(
      await renderOnlineSubmissionReceipt({
        ...sampleOnlineReceipt,
        due: { at: new Date("2026-03-10T09:00:00Z"), confirmed: true },
      }),
    );
    const unknown = extractText(await renderOnlineSubmissionReceipt({ ...sampleOnlineReceipt, due: null }));
    if (confirmed === null || unknown === null) return ctx.skip(`${PDFTOTEXT} not found`);
    expect(normalizedText(confirmed)).toContain("Ngày hẹn trả kết quả: 16 giờ 00 phút, ngày 10 tháng 3 năm 2026");
    expect(normalizedText(confirmed)).not.toContain("Dự kiến");
    expect(normalizedText(unknown)).toContain(DUE_UNKNOWN_NOTE);
  });

  it("prints '?' for characters the font lacks instead of dropping them silently", async (ctx) => {
    const data = { ...sampleOnlineReceipt, documents: [{ component: "Ảnh chân dung", files: ["anh-🙂.jpg"] }] };
    const raw = extractText(await renderOnlineSubmissionReceipt(data));
    if (raw === null) return ctx.skip(`${PDFTOTEXT} not found`);
    expect(normalizedText(raw)).toContain("anh-?.jpg");
  });
});
