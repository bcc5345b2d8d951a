import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { answerOpinion } from "../../lib/consultations/answer-opinion";
import { requestOpinions } from "../../lib/consultations/request-opinions";
import { assignSpecialist } from "../../lib/dossiers/commands/assign-specialist";
import { returnResultAtCounter } from "../../lib/dossiers/commands/return-result";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { takeStaffAction } from "../../lib/processing/take-staff-action";
import { inboxQuerySchema, listInbox } from "../../lib/dossiers/inbox";
import { getDossierForActor } from "../../lib/dossiers/queries";
import { actorByPersonalId, seedCitizen, seedCompleteDraft } from "../support/seed-helpers";

// The commune's one-stop staff and the provincial Department of Construction's (seeded demo people).
const COUNTER = "072085100001";
const SPECIALIST = "072086100002";
const LEADER = "072075100003";
const PROVINCE_SPECIALIST = "072089200002";
const PROVINCE_LEADER = "072072200003";

const version = async (id: string) =>
  (await db.dossier.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const snapshot = (id: string) =>
  db.dossier.findUniqueOrThrow({
    where: { id },
    select: {
      status: true,
      version: true,
      assigneeId: true,
      _count: { select: { events: true, consultations: true } },
    },
  });

async function receivedDossier() {
  const citizen = await seedCitizen("Người Xử Lý");
  const id = await seedCompleteDraft(citizen);
  await submitDossier(citizen, id);
  await takeStaffAction(await actorByPersonalId(COUNTER), id, "RECEIVE", { version: await version(id) });
  return { id, citizen };
}

async function processingDossier() {
  const d = await receivedDossier();
  const specialist = await actorByPersonalId(SPECIALIST);
  await assignSpecialist(await actorByPersonalId(LEADER), d.id, {
    assigneeId: specialist.userId,
    version: await version(d.id),
  });
  return d;
}

describe("assignment", () => {
  it("lets only the agency head assign, and only to a specialist of the agency; the step gets its deadline", async () => {
    const { id } = await receivedDossier();
    const [leader, specialist, counter] = await Promise.all([
      actorByPersonalId(LEADER),
      actorByPersonalId(SPECIALIST),
      actorByPersonalId(COUNTER),
    ]);
    const provinceSpecialist = await actorByPersonalId(PROVINCE_SPECIALIST);
    const before = await snapshot(id);

    await expect(
      assignSpecialist(specialist, id, { assigneeId: specialist.userId, version: before.version }),
    ).rejects.toMatchObject({ code: "TRANSITION_NOT_ALLOWED" });
    await expect(
      assignSpecialist(counter, id, { assigneeId: specialist.userId, version: before.version }),
    ).rejects.toMatchObject({ code: "TRANSITION_NOT_ALLOWED" });
    await expect(
      assignSpecialist(leader, id, { assigneeId: counter.userId, version: before.version }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Vui lòng chọn một chuyên viên của cơ quan.",
    });
    await expect(
      assignSpecialist(leader, id, { assigneeId: provinceSpecialist.userId, version: before.version }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(
      assignSpecialist(await actorByPersonalId(PROVINCE_LEADER), id, {
        assigneeId: specialist.userId,
        version: before.version,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshot(id)).toEqual(before);

    await assignSpecialist({ ...leader, ip: "10.1.2.3" }, id, {
      assigneeId: specialist.userId,
      version: before.version,
      note: "Xử lý trong ngày",
    });
    const after = await db.dossier.findUniqueOrThrow({
      where: { id },
      select: { status: true, assigneeId: true, dueAt: true },
    });
    expect(after).toMatchObject({ status: "PROCESSING", assigneeId: specialist.userId });
    const event = await db.dossierEvent.findFirstOrThrow({ where: { dossierId: id, action: "ASSIGN" } });
    expect(event).toMatchObject({
      actorId: leader.userId,
      ip: "10.1.2.3",
      fromStatus: "RECEIVED",
      toStatus: "PROCESSING",
    });
    expect(event.note).toContain(specialist.fullName);
    expect(event.dueAt).not.toBeNull();
    expect(event.dueAt!.getTime()).toBeLessThanOrEqual(after.dueAt!.getTime());

    // Searched by its code: other test files give the same specialist more than a page of dossiers.
    const { code } = await db.dossier.findUniqueOrThrow({ where: { id }, select: { code: true } });
    const mine = await listInbox(specialist, inboxQuerySchema.parse({ view: "mine", q: code }));
    expect(mine.items.map((i) => i.id)).toContain(id);
    expect(
      (
        await listInbox(await actorByPersonalId(PROVINCE_SPECIALIST), inboxQuerySchema.parse({ view: "mine", q: code }))
      ).items.map((i) => i.id),
    ).not.toContain(id);
  });
});

describe("opinions of other agencies (liên thông)", () => {
  it("asks two agencies in parallel, each sees and answers only its own request, and may not act on the dossier", async () => {
    const { id } = await processingDossier();
    const specialist = await actorByPersonalId(SPECIALIST);
    const provinceSpecialist = await actorByPersonalId(PROVINCE_SPECIALIST);
    const province = await db.agency.findUniqueOrThrow({ where: { code: "000.00.13.H80" } });
    const third = await db.agency.findFirstOrThrow({ where: { code: { notIn: ["000.00.13.H80", "000.21.01.H80"] } } });

    await requestOpinions(specialist, id, {
      version: await version(id),
      requests: [
        { agencyId: province.id, question: "Đề nghị cho ý kiến về quy hoạch", workingDays: 2 },
        { agencyId: third.id, question: "Đề nghị xác minh nhân thân", workingDays: 5 },
      ],
    });
    const asked = await db.consultation.findMany({ where: { dossierId: id }, orderBy: { dueAt: "asc" } });
    expect(asked.map((c) => c.agencyId)).toEqual([province.id, third.id]);
    expect(asked[0].dueAt < asked[1].dueAt).toBe(true);

    // The lead agency sees the dossier waiting; the asked agency sees the request in its inbox.
    expect(
      (await listInbox(specialist, inboxQuerySchema.parse({ view: "waitingOpinion" }))).items.map((i) => i.id),
    ).toContain(id);
    expect(
      (await listInbox(provinceSpecialist, inboxQuerySchema.parse({ view: "opinions" }))).items.map((i) => i.id),
    ).toContain(id);
    await expect(getDossierForActor(provinceSpecialist, id)).resolves.toMatchObject({ id });
    await expect(
      takeStaffAction(provinceSpecialist, id, "PROPOSE_RESULT", { version: await version(id) }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      answerOpinion(provinceSpecialist, asked[1].id, { answer: "Không phải việc của tôi" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    await answerOpinion(provinceSpecialist, asked[0].id, { answer: "Thống nhất, phù hợp quy hoạch." });
    await expect(
      answerOpinion(await actorByPersonalId(PROVINCE_LEADER), asked[0].id, { answer: "Lần hai" }),
    ).rejects.toMatchObject({ code: "TRANSITION_NOT_ALLOWED" });
    expect(await db.consultation.findUniqueOrThrow({ where: { id: asked[0].id } })).toMatchObject({
      state: "ANSWERED",
      answer: "Thống nhất, phù hợp quy hoạch.",
      answeredById: provinceSpecialist.userId,
    });
    expect(
      (await listInbox(provinceSpecialist, inboxQuerySchema.parse({ view: "opinions" }))).items.map((i) => i.id),
    ).not.toContain(id);
    const events = await db.dossierEvent.findMany({
      where: { dossierId: id, action: { in: ["REQUEST_OPINION", "ANSWER_OPINION"] } },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => [e.action, e.agencyId])).toEqual([
      ["REQUEST_OPINION", (await db.dossier.findUniqueOrThrow({ where: { id } })).agencyId],
      ["ANSWER_OPINION", province.id],
    ]);
  });

  it("refuses bad requests with a message and stores nothing", async () => {
    const { id } = await processingDossier();
    const specialist = await actorByPersonalId(SPECIALIST);
    const own = await db.agency.findUniqueOrThrow({ where: { code: "000.21.01.H80" } });
    const province = await db.agency.findUniqueOrThrow({ where: { code: "000.00.13.H80" } });
    const v = await version(id);
    const before = await snapshot(id);
    const cases: [Parameters<typeof requestOpinions>[2]["requests"], string][] = [
      [[], "Vui lòng chọn ít nhất một cơ quan cần xin ý kiến."],
      [
        [{ agencyId: own.id, question: "Xin ý kiến chính mình", workingDays: 2 }],
        "Không thể xin ý kiến chính cơ quan đang giải quyết hồ sơ.",
      ],
      [
        [{ agencyId: province.id, question: "Xin", workingDays: 2 }],
        "Vui lòng nêu rõ nội dung cần xin ý kiến (ít nhất 5 ký tự).",
      ],
      [
        [{ agencyId: province.id, question: "Xin ý kiến quy hoạch", workingDays: 0 }],
        "Thời hạn trả lời phải từ 1 đến 15 ngày làm việc.",
      ],
      [
        [
          { agencyId: province.id, question: "Xin ý kiến", workingDays: 2 },
          { agencyId: province.id, question: "Xin ý kiến", workingDays: 2 },
        ],
        "Mỗi cơ quan chỉ được chọn một lần.",
      ],
      [
        [{ agencyId: "khong-ton-tai", question: "Xin ý kiến quy hoạch", workingDays: 2 }],
        "Cơ quan được xin ý kiến không tồn tại.",
      ],
    ];
    for (const [requests, message] of cases) {
      await expect(requestOpinions(specialist, id, { version: v, requests }), message).rejects.toMatchObject({
        message,
      });
    }
    await expect(
      requestOpinions(await actorByPersonalId(LEADER), id, {
        version: v,
        requests: [{ agencyId: province.id, question: "Lãnh đạo xin ý kiến", workingDays: 2 }],
      }),
    ).rejects.toMatchObject({ code: "TRANSITION_NOT_ALLOWED" });
    expect(await snapshot(id)).toEqual(before);

    await requestOpinions(specialist, id, {
      version: v,
      requests: [{ agencyId: province.id, question: "Xin ý kiến quy hoạch", workingDays: 2 }],
    });
    await expect(
      requestOpinions(specialist, id, {
        version: await version(id),
        requests: [{ agencyId: province.id, question: "Hỏi lại lần nữa", workingDays: 2 }],
      }),
    ).rejects.toMatchObject({ message: expect.stringContaining("Đang chờ ý kiến của") });
    expect((await snapshot(id))._count.consultations).toBe(1);
  });
});

describe("concurrency", () => {
  it("lets exactly one of 20 simultaneous receptions of one dossier succeed; the others are told who changed it", async () => {
    const citizen = await seedCitizen("Tiếp Nhận Đồng Thời");
    const id = await seedCompleteDraft(citizen);
    await submitDossier(citizen, id);
    const counter = await actorByPersonalId(COUNTER);
    const v = await version(id);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => takeStaffAction(counter, id, "RECEIVE", { version: v })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r): r is PromiseRejectedResult => r.status === "rejected")) {
      // "…was just changed by <the officer who won> (Tiếp nhận hồ sơ, at <time>)".
      expect(r.reason).toMatchObject({
        code: "STALE_DOSSIER",
        message: expect.stringMatching(
          new RegExp(`^Hồ sơ vừa được cập nhật bởi ${counter.fullName} \\(Tiếp nhận hồ sơ, lúc \\d{2}:\\d{2} ngày`),
        ),
      });
    }
    expect(await db.dossierEvent.count({ where: { dossierId: id, action: "RECEIVE" } })).toBe(1);
    expect(await snapshot(id)).toMatchObject({ status: "RECEIVED", version: v + 1 });
  });
});

describe("forbidden actions by role", () => {
  it("refuses each role what is not theirs, whatever the entry point", async () => {
    const { id } = await processingDossier();
    const [counter, specialist, leader] = await Promise.all([
      actorByPersonalId(COUNTER),
      actorByPersonalId(SPECIALIST),
      actorByPersonalId(LEADER),
    ]);
    const v = await version(id);
    const refused = { code: "TRANSITION_NOT_ALLOWED" };
    await expect(takeStaffAction(specialist, id, "APPROVE", { version: v })).rejects.toMatchObject(refused);
    await expect(takeStaffAction(counter, id, "PROPOSE_RESULT", { version: v })).rejects.toMatchObject(refused);
    await expect(takeStaffAction(counter, id, "STOP", { version: v, note: "Dừng" })).rejects.toMatchObject(refused);
    await expect(takeStaffAction(leader, id, "RECEIVE", { version: v })).rejects.toMatchObject(refused);
    await expect(takeStaffAction(specialist, id, "ASSIGN", { version: v })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(takeStaffAction(counter, id, "RETURN_RESULT", { version: v })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    expect(await version(id)).toBe(v);
  });
});

describe("return of the result at the counter", () => {
  async function resolvedDossier() {
    const d = await processingDossier();
    const specialist = await actorByPersonalId(SPECIALIST);
    const leader = await actorByPersonalId(LEADER);
    await takeStaffAction(specialist, d.id, "RECORD_VERIFICATION", {
      version: await version(d.id),
      note: "Đã đối chiếu bản chính",
    });
    await takeStaffAction(specialist, d.id, "PROPOSE_RESULT", { version: await version(d.id), note: "Đủ điều kiện" });
    await takeStaffAction(leader, d.id, "SEND_BACK", {
      version: await version(d.id),
      note: "Bổ sung ý kiến thẩm định",
    });
    await takeStaffAction(specialist, d.id, "PROPOSE_RESULT", { version: await version(d.id), note: "Đã bổ sung" });
    await takeStaffAction(leader, d.id, "APPROVE", { version: await version(d.id) });
    return d;
  }

  it("checks the recipient's ID: the applicant in person, or a representative with an authorisation", async () => {
    const { id, citizen } = await resolvedDossier();
    const counter = await actorByPersonalId(COUNTER);
    const v = await version(id);
    const before = await snapshot(id);
    await expect(
      returnResultAtCounter(counter, id, { version: v, recipientPersonalId: "12345", recipientName: "A B" }),
    ).rejects.toMatchObject({
      message: "Số định danh cá nhân của người nhận phải gồm đúng 12 chữ số.",
    });
    await expect(
      returnResultAtCounter(counter, id, {
        version: v,
        recipientPersonalId: "072099999999",
        recipientName: "Người Lạ",
      }),
    ).rejects.toMatchObject({
      message: expect.stringContaining("không khớp với người nộp hồ sơ"),
    });
    await expect(
      returnResultAtCounter(await actorByPersonalId(SPECIALIST), id, {
        version: v,
        recipientPersonalId: citizen.personalId!,
        recipientName: citizen.fullName,
      }),
    ).rejects.toMatchObject({ code: "TRANSITION_NOT_ALLOWED" });
    expect(await snapshot(id)).toEqual(before);

    await returnResultAtCounter(counter, id, {
      version: v,
      recipientPersonalId: "072099999999",
      recipientName: "Người Nhận Thay",
      authorisation: "Giấy ủy quyền số 12/UQ ngày 20/11/2026",
    });
    expect(await db.dossier.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "RETURNED" });
    const event = await db.dossierEvent.findFirstOrThrow({ where: { dossierId: id, action: "RETURN_RESULT" } });
    expect(event.note).toContain("Người Nhận Thay");
    expect(event.note).toContain("Giấy ủy quyền số 12/UQ");
  });
});
