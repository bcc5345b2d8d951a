// The applicant's e-mails as the real commands write them to the outbox and the e-mail sender
// renders them: the reception mail gives the appointment date of Mẫu 01, the fee request the
// stored bill's lines and the amount due, the answer to a supplement its own acknowledgement
// (it used to be titled with the new status, "Mới đăng ký").
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { renderEmail } from "../../lib/notifications/templates/topics";
import { takeStaffAction } from "../../lib/processing/take-staff-action";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { answerSupplement } from "../../lib/supplements/answer-supplement";
import { requestSupplement } from "../../lib/supplements/request-supplement";
import { actorByPersonalId, seedCitizen, seedCompleteDraft } from "../support/seed-helpers";

const APP = "https://dichvucong.tayninh.gov.vn";
const COUNTER = "072085100001"; // Phạm Thị Dung, UBND phường Tân Ninh
// Cấp bản sao trích lục hộ tịch: online within 04 working hours; 8.000 đồng per copy (seed).
const COPY_EXTRACT = "2.000635";

const version = async (id: string) =>
  (await db.dossier.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

/** The applicant's e-mail of a topic, rendered as the e-mail sender renders it. */
async function mailOf(dossierId: string, topic: string) {
  const row = await db.outboxMessage.findFirstOrThrow({
    where: { dossierId, topic, channel: "EMAIL" },
    orderBy: { seq: "desc" },
    select: { topic: true, payload: true, dossierId: true },
  });
  return renderEmail({ ...row, appUrl: APP });
}

describe("the applicant's e-mails through the real commands", () => {
  it("the reception mail gives Mẫu 01's appointment, the fee request the amount of the stored bill", async () => {
    const citizen = await seedCitizen("Người Xin Trích Lục");
    const id = await seedCompleteDraft(citizen, COPY_EXTRACT);
    const form = (await db.dossier.findUniqueOrThrow({ where: { id }, select: { formData: true } })).formData;
    await db.dossier.update({ where: { id }, data: { formData: { ...(form as object), copies: "2" } } });
    await submitDossier(citizen, id);
    // Filed online on Tuesday 01/12/2026 at 09:00 (02:00 UTC), a working morning: received then;
    // 4 working hours = 09:00–11:30 and 13:30–15:00, so the appointment is 15:00 that day.
    await db.dossier.update({ where: { id }, data: { submittedAt: new Date("2026-12-01T02:00:00Z") } });
    const counter = await actorByPersonalId(COUNTER);
    await takeStaffAction(counter, id, "RECEIVE", { version: await version(id) });

    const received = await mailOf(id, "dossier.receive");
    expect(received.text).toContain("\n\nNgày hẹn trả kết quả: 01/12/2026 15:00.\n\n");
    expect(received.html).toContain("<p>Ngày hẹn trả kết quả: 01/12/2026 15:00.</p>");
    // The same value Mẫu 01 prints ("15 giờ 00 phút, ngày 01 tháng 12 năm 2026").
    const dossier = await db.dossier.findUniqueOrThrow({ where: { id }, select: { dueAt: true } });
    expect(dossier.dueAt?.toISOString()).toBe("2026-12-01T08:00:00.000Z");

    await takeStaffAction(counter, id, "REQUEST_PAYMENT", { version: await version(id) });
    const fee = await mailOf(id, "dossier.request_payment");
    expect(fee.subject).toMatch(/: thông báo nộp phí, lệ phí$/);
    // 2 copies × 8.000 đồng.
    expect(fee.text).toMatch(/\n {2}- .*2 bản × 8\.000 đồng — 16\.000 đồng\n/);
    expect(fee.text).toContain("\n\nSố tiền cần nộp: 16.000 đồng.\n\n");
  });

  it("answering a supplement before reception is acknowledged, not titled with the new status", async () => {
    const citizen = await seedCitizen("Người Bổ Sung");
    const id = await seedCompleteDraft(citizen);
    await submitDossier(citizen, id);
    const counter = await actorByPersonalId(COUNTER);
    await requestSupplement(counter, id, {
      items: [{ label: "Giấy xác nhận cư trú", reason: "Cần để xác định nơi đăng ký" }],
      version: await version(id),
    });
    const item = await db.supplementItem.findFirstOrThrow({
      where: { request: { dossierId: id } },
      select: { id: true },
    });
    await db.attachment.create({
      data: {
        dossierId: id,
        supplementItemId: item.id,
        fileName: "xac-nhan-cu-tru.pdf",
        mimeType: "application/pdf",
        sizeBytes: 10,
        sha256: "0".repeat(64),
        storageKey: randomUUID(),
        uploadedById: citizen.userId,
      },
    });
    await answerSupplement(citizen, id, { version: await version(id) });

    const code = (await db.dossier.findUniqueOrThrow({ where: { id }, select: { code: true } })).code;
    const mail = await mailOf(id, "dossier.supply_before_reception");
    expect(mail.subject).toBe(`Hồ sơ ${code}: đã nhận hồ sơ bổ sung`);
    expect(mail.text).toContain(
      `\n\nĐã nhận hồ sơ bổ sung của hồ sơ ${code}. Hồ sơ đang chờ cán bộ một cửa kiểm tra, tiếp nhận.\n\nĐã bổ sung: Giấy xác nhận cư trú.\n\n`,
    );
    expect(`${mail.subject}\n${mail.text}`).not.toContain("Mới đăng ký");
  });
});
