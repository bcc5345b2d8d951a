import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import {
  SAMPLE_CODE,
  sampleHandover,
  sampleMau02,
  sampleMau03,
  sampleMau05,
  sampleStopNotice,
} from "./legal-form-fixtures";
import { renderMau02SupplementRequest } from "./mau-02-supplement-request";
import { renderMau03Refusal } from "./mau-03-refusal";
import { renderMau05ControlSlip } from "./mau-05-control-slip";
import { renderResultHandover } from "./result-handover";
import { renderStopNotice } from "./stop-notice";
import { extractText, normalizedText } from "../pdf/test-fixtures";

const COMMON = [
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "Độc lập - Tự do - Hạnh phúc",
  `Mã hồ sơ: ${SAMPLE_CODE}`,
  "Tra cứu hồ sơ",
];

const FORMS = [
  {
    name: "Mẫu 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
    render: () => renderMau02SupplementRequest(sampleMau02),
    expected: [
      "UBND PHƯỜNG TÂN NINH",
      "BỘ PHẬN TIẾP NHẬN",
      "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
      "Tây Ninh, ngày 05 tháng 3 năm 2026",
      "Ông/Bà: Nguyễn Thị Hồng Nhung",
      "Nội dung yêu cầu giải quyết: Đăng ký khai sinh (mã thủ tục 1.001193)",
      "Qua kiểm tra hồ sơ, ngày 05 tháng 3 năm 2026, hồ sơ của Ông/Bà cần bổ sung, hoàn thiện những nội dung sau:",
      "Giấy chứng sinh do cơ sở y tế cấp",
      "Bản chụp bị mờ",
      "Chưa nộp; cha, mẹ",
      "Ghi chú: Nộp bổ sung trực tuyến",
      "liên hệ với Phạm Thị Dung, số điện thoại 0276 3822 123 để được hướng dẫn./.",
      "NGƯỜI HƯỚNG DẪN",
    ],
  },
  {
    name: "Mẫu 03 — Phiếu từ chối tiếp nhận, giải quyết hồ sơ",
    render: () => renderMau03Refusal(sampleMau03),
    expected: [
      "ỦY BAN NHÂN DÂN",
      "PHƯỜNG TÂN NINH",
      "PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ",
      "Tây Ninh, ngày 06 tháng 3 năm 2026",
      "thông báo không giải quyết hồ sơ này với lý do cụ thể như sau:",
      "Người yêu cầu không phải là cha, mẹ",
      "Không có văn bản ủy quyền hợp lệ.",
      "LÃNH ĐẠO CƠ QUAN",
      "Huỳnh Văn Giang",
    ],
  },
  {
    name: "Mẫu 05 — Phiếu kiểm soát quá trình giải quyết hồ sơ",
    render: () => renderMau05ControlSlip(sampleMau05),
    expected: [
      "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
      "Cơ quan giải quyết hồ sơ: Ủy ban nhân dân phường Tân Ninh",
      "Cơ quan phối hợp giải quyết: Sở Xây dựng",
      "Thời gian hẹn trả kết quả: 16 giờ 00 phút, ngày 10 tháng 3 năm 2026",
      "Thời gian",
      "Hạn của",
      "Đúng hạn",
      "Quá hạn",
      "Trước",
      "Giao: Võ Minh Đức",
      "Xử lý trong",
    ],
  },
  {
    name: "Thông báo dừng xử lý hồ sơ (TT 03/2025)",
    render: () => renderStopNotice(sampleStopNotice),
    expected: [
      "THÔNG BÁO DỪNG XỬ LÝ HỒ SƠ",
      "Ủy ban nhân dân phường Tân Ninh thông báo dừng xử lý hồ sơ của:",
      "Thời gian tiếp nhận hồ sơ: 09 giờ 15 phút, ngày 05 tháng 3 năm 2026",
      "Thời gian dừng xử lý: 15 giờ 00 phút, ngày 09 tháng 3 năm 2026",
      "Lý do dừng xử lý:",
      "kết luận về việc tranh chấp",
    ],
  },
  {
    name: "Phiếu giao nhận kết quả",
    render: () => renderResultHandover(sampleHandover),
    expected: [
      "PHIẾU GIAO NHẬN KẾT QUẢ GIẢI QUYẾT HỒ SƠ",
      "Thời gian trả kết quả: 14 giờ 45 phút, ngày 10 tháng 3 năm 2026",
      "Người trả kết quả: Phạm Thị Dung",
      "Người nhận kết quả: Trần Văn Bình",
      "Số định danh cá nhân đã kiểm tra: 072190009999",
      "Giấy ủy quyền: Giấy ủy quyền số 12/UQ ngày 08/3/2026",
      "NGƯỜI NHẬN KẾT QUẢ",
      "NGƯỜI TRẢ KẾT QUẢ",
    ],
  },
];

describe.each(FORMS)("$name", ({ render, expected }) => {
  it("is a one-page A5 PDF with the form's wording and the lookup QR caption", async (ctx) => {
    const pdf = await render();
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect([width, height].map((n) => Math.round(n * 100) / 100)).toEqual([419.53, 595.28]);
    expect(doc.getKeywords()).toBe(SAMPLE_CODE);
    const raw = extractText(pdf);
    if (raw === null) return ctx.skip("pdftotext not found: install poppler-utils to check the text");
    const text = normalizedText(raw);
    for (const phrase of [...COMMON, ...expected]) expect(text).toContain(phrase);
  });
});

describe("Mẫu 05 with many hand-overs", () => {
  it("continues the table on a second page with its header repeated", async (ctx) => {
    const rows = Array.from({ length: 24 }, (_, i) => ({ ...sampleMau05.rows[1], step: `Bước số ${i + 1}` }));
    const pdf = await renderMau05ControlSlip({ ...sampleMau05, rows });
    expect((await PDFDocument.load(pdf)).getPageCount()).toBeGreaterThan(1);
    const raw = extractText(pdf);
    if (raw === null) return ctx.skip("pdftotext not found");
    expect(normalizedText(raw)).toContain("Bước số 24");
    expect(normalizedText(raw).match(/Hạn của/g)!.length).toBeGreaterThan(1);
  });
});
