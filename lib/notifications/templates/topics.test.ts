import { describe, expect, it } from "vitest";
import { escapeHtml } from "./layout";
import { renderEmail, renderSms, TEMPLATES } from "./topics";

const APP = "https://dichvucong.tayninh.gov.vn";
const CODE = "000.21.01.H80-261201-0007";
const base = { dossierId: "ck123", appUrl: APP };
const payload = {
  code: CODE,
  status: "PROCESSING",
  statusLabel: "Đang xử lý",
  note: "1. Tờ khai: thiếu chữ ký\n2. Giấy chứng sinh: bản mờ",
  newDueAt: "2026-12-10T03:00:00.000Z",
  previousDueAt: "2026-12-05T03:00:00.000Z",
  reason: "Cần xác minh",
  subject: "Chậm",
  reply: "Đã xử lý",
  text: "Hồ sơ sắp đến hạn",
};

describe("notification e-mails", () => {
  it.each([...Object.keys(TEMPLATES), "dossier.unknown_topic"])(
    "%s names the dossier code in the subject, text and HTML",
    (topic) => {
      const mail = renderEmail({ ...base, topic, payload });
      expect(mail.subject).toContain(CODE);
      expect(mail.text).toContain(CODE);
      expect(mail.html).toContain(CODE);
      expect(renderSms({ ...base, topic, payload })).toContain(CODE);
    },
  );

  it("the received mail links the Mẫu 01 receipt and the dossier page", () => {
    for (const topic of ["dossier.receive", "dossier.receive_at_counter"]) {
      const mail = renderEmail({ ...base, topic, payload: { code: CODE } });
      expect(mail.text).toContain(`${APP}/api/dossiers/ck123/mau-01`);
      expect(mail.html).toContain(`href="${APP}/api/dossiers/ck123/mau-01"`);
      expect(mail.text).toContain(`${APP}/ho-so/ck123`);
    }
  });

  it("the supplement request lists every item, the reappointment the new date and the Mẫu 04", () => {
    const supplement = renderEmail({ ...base, topic: "dossier.request_supplement", payload });
    expect(supplement.html).toContain("<li>1. Tờ khai: thiếu chữ ký</li>");
    expect(supplement.html).toContain("<li>2. Giấy chứng sinh: bản mờ</li>");
    const reappointment = renderEmail({ ...base, topic: "dossier.issue_reappointment", payload });
    expect(reappointment.text).toContain("Ngày hẹn mới: 10/12/2026 10:00");
    expect(reappointment.text).toContain(`${APP}/api/dossiers/ck123/mau-04`);
  });

  it("escapes whatever the payload holds", () => {
    const hostile = {
      code: `<b>${CODE}</b>`,
      note: `<script>alert("x")</script> & co`,
      reply: `<img src=x onerror=alert(1)>`,
      statusLabel: "\"'",
    };
    for (const topic of [...Object.keys(TEMPLATES), "dossier.other"]) {
      const { html } = renderEmail({ ...base, topic, payload: hostile });
      expect(html).not.toMatch(/<script|<img|<b>/);
      expect(html).toContain("&lt;b&gt;");
    }
    expect(renderEmail({ ...base, topic: "dossier.stop", payload: hostile }).html).toContain(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co",
    );
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });

  it("survives a payload of the wrong shape and a message without a dossier", () => {
    const mail = renderEmail({
      topic: "dossier.receive",
      payload: ["not", "an", "object"],
      dossierId: null,
      appUrl: APP,
    });
    expect(mail.subject).toContain("(chưa có mã)");
    expect(mail.text).not.toContain("/api/dossiers/");
  });
});

describe("what the applicant's status mails state (issue 25)", () => {
  const mail = (topic: string, extra: Record<string, unknown>) =>
    renderEmail({ ...base, topic, payload: { code: CODE, ...extra } });
  const SIGN_OFF = [
    "",
    "Cổng dịch vụ công tỉnh Tây Ninh",
    "Thư này được gửi tự động, vui lòng không trả lời. Bạn có thể đổi cách nhận thông báo trong mục Tài khoản.",
  ];
  const body = (...paragraphs: string[]) => ["Kính gửi ông/bà,", ...paragraphs, ...SIGN_OFF].join("\n\n");

  it("the reception mail gives the appointment date of Mẫu 01, dd/MM/yyyy for a limit in days", () => {
    // 17:00 in Vietnam on Thursday 10/12/2026 is 10:00 UTC.
    const m = mail("dossier.receive", { dueAt: "2026-12-10T10:00:00.000Z", dueInHours: false });
    expect(m.subject).toBe(`Hồ sơ ${CODE} đã được tiếp nhận`);
    expect(m.text).toBe(
      body(
        `Hồ sơ ${CODE} của bạn đã được tiếp nhận. Thời hạn giải quyết được tính từ thời điểm tiếp nhận.`,
        "Ngày hẹn trả kết quả: 10/12/2026.",
        "Ngày hẹn được ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01, TT 01/2018/TT-VPCP):",
        `Tải Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01): ${APP}/api/dossiers/ck123/mau-01`,
        `Xem hồ sơ: ${APP}/ho-so/ck123`,
      ),
    );
    expect(m.html).toContain("<p>Ngày hẹn trả kết quả: 10/12/2026.</p>");
  });

  it("the reception mail adds the time HH:mm when the limit is counted in working hours", () => {
    // 07:30 UTC is 14:30 in Vietnam.
    const m = mail("dossier.receive_at_counter", { dueAt: "2026-12-08T07:30:00.000Z", dueInHours: true });
    expect(m.text).toContain("\n\nNgày hẹn trả kết quả: 08/12/2026 14:30.\n\n");
  });

  it("the fee request states each line of the stored bill and the amount due", () => {
    const m = mail("dossier.request_payment", {
      bill: {
        lines: [
          { kind: "FEE", description: "Phí cấp bản sao trích lục hộ tịch: 2 bản × 8.000 đồng", amountVnd: 16_000 },
          { kind: "POSTAGE", description: "Cước chuyển phát kết quả", amountVnd: 25_000 },
        ],
        totalVnd: 41_000,
        dueVnd: 41_000,
      },
    });
    expect(m.subject).toBe(`Hồ sơ ${CODE}: thông báo nộp phí, lệ phí`);
    expect(m.text).toBe(
      body(
        `Hồ sơ ${CODE} cần nộp phí, lệ phí để tiếp tục được giải quyết.`,
        [
          "Các khoản phải nộp:",
          "  - Phí cấp bản sao trích lục hộ tịch: 2 bản × 8.000 đồng — 16.000 đồng",
          "  - Cước chuyển phát kết quả — 25.000 đồng",
        ].join("\n"),
        "Số tiền cần nộp: 41.000 đồng.",
        "Bạn có thể thanh toán trực tuyến trên trang hồ sơ hoặc nộp tại Bộ phận tiếp nhận và trả kết quả.",
        `Xem hồ sơ: ${APP}/ho-so/ck123`,
      ),
    );
    expect(mail("dossier.request_payment", { bill: { lines: [], dueVnd: 1_250_000 } }).text).toContain(
      "Số tiền cần nộp: 1.250.000 đồng.",
    );
  });

  it("answering a supplement is acknowledged as such, not as the new status", () => {
    const before = mail("dossier.supply_before_reception", { statusLabel: "Mới đăng ký", note: "Đã bổ sung: Tờ khai" });
    expect(before.subject).toBe(`Hồ sơ ${CODE}: đã nhận hồ sơ bổ sung`);
    expect(before.text).toBe(
      body(
        `Đã nhận hồ sơ bổ sung của hồ sơ ${CODE}. Hồ sơ đang chờ cán bộ một cửa kiểm tra, tiếp nhận.`,
        "Đã bổ sung: Tờ khai.",
        `Xem hồ sơ: ${APP}/ho-so/ck123`,
      ),
    );
    expect(before.text).not.toContain("Mới đăng ký");

    const during = mail("dossier.supply_in_processing", {
      statusLabel: "Đang xử lý",
      note: "Đã bổ sung: Tờ khai; Giấy chứng sinh",
      dueAt: "2026-12-18T10:00:00.000Z",
      dueInHours: false,
    });
    expect(during.subject).toBe(`Hồ sơ ${CODE}: đã nhận hồ sơ bổ sung`);
    expect(during.text).toBe(
      body(
        `Đã nhận hồ sơ bổ sung của hồ sơ ${CODE}. Hồ sơ tiếp tục được giải quyết; thời hạn giải quyết được tính lại từ đầu kể từ khi nhận đủ hồ sơ bổ sung.`,
        "Đã bổ sung: Tờ khai; Giấy chứng sinh.",
        "Ngày hẹn trả kết quả mới: 18/12/2026.",
        `Xem hồ sơ: ${APP}/ho-so/ck123`,
      ),
    );
  });
});
