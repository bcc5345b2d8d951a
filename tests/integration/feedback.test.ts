import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { replyToFeedback } from "../../lib/feedback/commands/reply-to-feedback";
import { sendFeedback } from "../../lib/feedback/commands/send-feedback";
import { listDossierFeedback, listOpenFeedback } from "../../lib/feedback/queries";
import type { FeedbackInput } from "../../lib/feedback/schemas";
import { actorByPersonalId, seedCitizen, seedCompleteDraft } from "../support/seed-helpers";

const COMMUNE_OFFICER = "072085100001"; // UBND phường Tân Ninh, the dossiers' agency
const COMMUNE_SPECIALIST = "072086100002";
const PROVINCE_OFFICER = "072087200001"; // Sở Xây dựng
const POSTAL_OFFICER = "072091300001"; // member of the commune agency, but does not answer feedback

const question = { subject: "Hỏi về thời hạn", content: "Khi nào tôi nhận được giấy khai sinh?" };

async function seedSubmittedDossier() {
  const citizen = await seedCitizen();
  const id = await seedCompleteDraft(citizen);
  await submitDossier(citizen, id);
  return { citizen, id };
}

async function seedOpenFeedback() {
  const { citizen, id } = await seedSubmittedDossier();
  const { id: feedbackId } = await sendFeedback(citizen, id, question);
  return { citizen, id, feedbackId };
}

const replyNotices = (dossierId: string) =>
  db.outboxMessage.count({ where: { dossierId, topic: "feedback.answered" } });
const stateOf = (id: string) =>
  db.feedback.findUniqueOrThrow({
    where: { id },
    select: { state: true, reply: true, repliedById: true, repliedAt: true },
  });
const unanswered = { state: "OPEN", reply: null, repliedById: null, repliedAt: null };

describe("feedback (phản ánh, kiến nghị) on a dossier", () => {
  it("goes from the citizen to the agency's staff and back with the reply, notifying the citizen by e-mail", async () => {
    const { citizen, id, feedbackId } = await seedOpenFeedback();
    const officer = await actorByPersonalId(COMMUNE_OFFICER);
    expect(await db.feedback.findUniqueOrThrow({ where: { id: feedbackId } })).toMatchObject({
      ...question,
      ...unanswered,
      dossierId: id,
      userId: citizen.userId,
    });
    expect((await listOpenFeedback(officer)).map((f) => f.id)).toContain(feedbackId);
    expect(await listDossierFeedback(officer, id)).toMatchObject([{ id: feedbackId, state: "OPEN" }]);

    await expect(
      replyToFeedback(officer, feedbackId, { reply: "  Dự kiến trả kết quả trong 3 ngày làm việc.  " }),
    ).resolves.toEqual({ dossierId: id });
    const answered = await stateOf(feedbackId);
    expect(answered).toMatchObject({
      state: "ANSWERED",
      reply: "Dự kiến trả kết quả trong 3 ngày làm việc.",
      repliedById: officer.userId,
    });
    expect(answered.repliedAt).toBeInstanceOf(Date);
    expect(await listDossierFeedback(citizen, id)).toMatchObject([
      {
        id: feedbackId,
        state: "ANSWERED",
        reply: "Dự kiến trả kết quả trong 3 ngày làm việc.",
        repliedBy: { fullName: officer.fullName },
      },
    ]);
    expect((await listOpenFeedback(officer)).map((f) => f.id)).not.toContain(feedbackId);

    const { code, applicantEmail } = await db.dossier.findUniqueOrThrow({
      where: { id },
      select: { code: true, applicantEmail: true },
    });
    const notice = await db.outboxMessage.findFirstOrThrow({ where: { dossierId: id, topic: "feedback.answered" } });
    expect(notice).toMatchObject({ channel: "EMAIL", recipient: applicantEmail, state: "PENDING" });
    expect(notice.payload).toEqual({
      code,
      subject: question.subject,
      reply: "Dự kiến trả kết quả trong 3 ngày làm việc.",
    });
  });

  it("refuses an empty or too long subject or content, storing nothing", async () => {
    const { citizen, id } = await seedSubmittedDossier();
    const cases = [
      [{ ...question, subject: "   " }, "Vui lòng nhập tiêu đề phản ánh, kiến nghị."],
      [{ ...question, content: "" }, "Vui lòng nhập nội dung phản ánh, kiến nghị."],
      [{ ...question, subject: "x".repeat(201) }, "Tiêu đề tối đa 200 ký tự."],
      [{ ...question, content: "x".repeat(4001) }, "Nội dung tối đa 4000 ký tự."],
      // A tampered request, past the form's types.
      [{ subject: question.subject } as unknown as FeedbackInput, "Vui lòng nhập nội dung phản ánh, kiến nghị."],
    ] as const;
    for (const [input, message] of cases) {
      await expect(sendFeedback(citizen, id, input)).rejects.toMatchObject({ code: "INVALID_INPUT", message });
    }
    expect(await db.feedback.count({ where: { dossierId: id } })).toBe(0);
  });

  it("accepts feedback only from the applicant, and only once the dossier is submitted", async () => {
    const owner = await seedCitizen();
    const draftId = await seedCompleteDraft(owner);
    await expect(sendFeedback(owner, draftId, question)).rejects.toMatchObject({
      code: "TRANSITION_NOT_ALLOWED",
      message: "Chỉ có thể gửi phản ánh, kiến nghị về hồ sơ đã nộp.",
    });
    const { id } = await seedSubmittedDossier();
    await expect(sendFeedback(owner, id, question)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(sendFeedback(await actorByPersonalId(COMMUNE_OFFICER), id, question)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.feedback.count({ where: { dossierId: { in: [draftId, id] } } })).toBe(0);
  });

  it("refuses an empty reply and a reply by anyone but the dossier agency's staff, changing nothing", async () => {
    const { citizen, id, feedbackId } = await seedOpenFeedback();
    const officer = await actorByPersonalId(COMMUNE_OFFICER);
    await expect(replyToFeedback(officer, feedbackId, { reply: "   " })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Vui lòng nhập nội dung trả lời.",
    });
    await expect(replyToFeedback(officer, feedbackId, { reply: "x".repeat(4001) })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Nội dung trả lời tối đa 4000 ký tự.",
    });

    for (const outsider of [
      await actorByPersonalId(PROVINCE_OFFICER),
      await actorByPersonalId(POSTAL_OFFICER),
      citizen,
    ]) {
      await expect(replyToFeedback(outsider, feedbackId, { reply: "Đã xử lý." })).rejects.toMatchObject({
        code: "NOT_FOUND",
        message: "Không tìm thấy phản ánh, kiến nghị.",
      });
    }
    expect(await stateOf(feedbackId)).toEqual(unanswered);
    expect(await replyNotices(id)).toBe(0);
  });

  it("refuses a second reply, keeping the first and its single notice", async () => {
    const { id, feedbackId } = await seedOpenFeedback();
    const officer = await actorByPersonalId(COMMUNE_OFFICER);
    const specialist = await actorByPersonalId(COMMUNE_SPECIALIST);
    await replyToFeedback(specialist, feedbackId, { reply: "Trả lời thứ nhất." });
    await expect(replyToFeedback(officer, feedbackId, { reply: "Trả lời thứ hai." })).rejects.toMatchObject({
      code: "ALREADY_DONE",
      message: "Phản ánh, kiến nghị này đã được trả lời.",
    });
    expect(await stateOf(feedbackId)).toMatchObject({
      state: "ANSWERED",
      reply: "Trả lời thứ nhất.",
      repliedById: specialist.userId,
    });
    expect(await replyNotices(id)).toBe(1);
  });

  it("shows a dossier's feedback only to those who may see the dossier", async () => {
    const { id, feedbackId } = await seedOpenFeedback();
    const stranger = await seedCitizen("Người lạ");
    const province = await actorByPersonalId(PROVINCE_OFFICER);
    await expect(listDossierFeedback(stranger, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listDossierFeedback(province, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listOpenFeedback(province)).map((f) => f.id)).not.toContain(feedbackId);
    expect(await listOpenFeedback(stranger)).toEqual([]);
  });
});
