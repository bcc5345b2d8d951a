import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { renderMau04Reappointment } from "./mau-04-reappointment";
import { extractText, normalizedText, PDFTOTEXT } from "../pdf/test-fixtures";
import { SAMPLE_CODE, sampleMau04 } from "./legal-form-fixtures";

describe("Mẫu 04 — Phiếu xin lỗi và hẹn lại ngày trả kết quả (TT 01/2018/TT-VPCP)", () => {
  it("is a one-page A5 PDF named after the dossier", async () => {
    const doc = await PDFDocument.load(await renderMau04Reappointment(sampleMau04));
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([420, 595]);
    expect(doc.getTitle()).toBe(`Phiếu xin lỗi và hẹn lại ngày trả kết quả ${SAMPLE_CODE}`);
  });

  it("carries the form's wording: to the applicant, the old and new appointments, the reason, the apology, the leader", async (ctx) => {
    const raw = extractText(await renderMau04Reappointment(sampleMau04));
    if (raw === null) return ctx.skip(`${PDFTOTEXT} not found: install poppler-utils to check the extracted text`);
    const text = normalizedText(raw);
    for (const expected of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "ỦY BAN NHÂN DÂN",
      "PHƯỜNG TÂN NINH", // the agency wraps in its column, beside the national name
      "Tây Ninh, ngày 09 tháng 3 năm 2026",
      "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
      `Mã hồ sơ: ${SAMPLE_CODE}`,
      "Kính gửi: Ông/Bà Nguyễn Thị Hồng Nhung",
      "Ngày 05 tháng 3 năm 2026, Ủy ban nhân dân phường Tân Ninh tiếp nhận hồ sơ đề nghị Đăng ký thành lập hộ kinh doanh (mã thủ tục 2.000720)",
      "Thời gian hẹn trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày 10 tháng 3 năm 2026",
      "Lý do: Cần xác minh thông tin địa điểm kinh doanh với khu phố 3.",
      "xin lỗi Ông/Bà về sự bất tiện này",
      "hẹn lại thời gian trả kết quả giải quyết hồ sơ cho Ông/Bà vào: 17 giờ 00 phút, ngày 13 tháng 3 năm 2026",
      "THỦ TRƯỞNG CƠ QUAN",
      "Huỳnh Văn Giang",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("gives the same bytes for the same data", async () => {
    const [a, b] = await Promise.all([renderMau04Reappointment(sampleMau04), renderMau04Reappointment(sampleMau04)]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
