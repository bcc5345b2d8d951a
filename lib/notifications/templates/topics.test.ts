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
