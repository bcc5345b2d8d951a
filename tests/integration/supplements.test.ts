import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { takeStaffAction } from "../../lib/processing/take-staff-action";
import { answerSupplement } from "../../lib/supplements/answer-supplement";
import { requestSupplement } from "../../lib/supplements/request-supplement";
import { actorByPersonalId, seedCitizen, seedCompleteDraft } from "../support/seed-helpers";

const COUNTER = "072085100001";
const SPECIALIST = "072086100002";
const OTHER_AGENCY_COUNTER = "072087200001";

async function version(id: string) {
  return (await db.dossier.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
}

async function submitted() {
  const citizen = await seedCitizen();
  const id = await seedCompleteDraft(citizen);
  await submitDossier(citizen, id);
  const component = await db.documentComponent.findFirstOrThrow({
    where: { procedure: { code: "1.001193" }, required: true },
    orderBy: { sortOrder: "asc" },
  });
  return { citizen, id, component };
}

async function attachTo(itemId: string, dossierId: string, uploadedById: string) {
  await db.attachment.create({
    data: {
      dossierId,
      supplementItemId: itemId,
      fileName: "bo-sung.pdf",
      mimeType: "application/pdf",
      sizeBytes: 10,
      sha256: "0".repeat(64),
      storageKey: randomUUID(),
      uploadedById,
    },
  });
}

describe("requests to supplement, item by item (Mẫu 02)", () => {
  it("asks for listed items, and the citizen's answer sends the dossier back to be checked", async () => {
    const { citizen, id, component } = await submitted();
    const counter = await actorByPersonalId(COUNTER);
    await requestSupplement(counter, id, {
      items: [
        { componentId: component.id, reason: "Ảnh chụp mờ, không đọc được" },
        { label: "Giấy xác nhận cư trú", reason: "Cần để xác định nơi đăng ký" },
      ],
      version: 1,
    });

    const request = await db.supplementRequest.findFirstOrThrow({
      where: { dossierId: id },
      select: {
        stage: true,
        items: { orderBy: { sortOrder: "asc" }, select: { id: true, label: true, reason: true } },
      },
    });
    expect(request.stage).toBe("RECEPTION");
    expect(request.items.map((i) => i.label)).toEqual([component.name, "Giấy xác nhận cư trú"]);
    expect((await db.dossier.findUniqueOrThrow({ where: { id } })).status).toBe("SUPPLEMENT_REQUESTED");

    // Every item needs a file before the answer is accepted.
    await attachTo(request.items[0].id, id, citizen.userId);
    await expect(answerSupplement(citizen, id, { version: await version(id) })).rejects.toMatchObject({
      code: "MISSING_DOCUMENTS",
      message: "Còn thiếu giấy tờ bổ sung: Giấy xác nhận cư trú.",
    });
    expect((await db.dossier.findUniqueOrThrow({ where: { id } })).status).toBe("SUPPLEMENT_REQUESTED");

    await attachTo(request.items[1].id, id, citizen.userId);
    await answerSupplement(citizen, id, { version: await version(id) });
    expect((await db.dossier.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
    const events = await db.dossierEvent.findMany({
      where: { dossierId: id },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(events.map((e) => e.action)).toEqual(["SUBMIT", "REQUEST_SUPPLEMENT", "SUPPLY_BEFORE_RECEPTION"]);
    // The officer who asked is told.
    expect(await db.outboxMessage.count({ where: { dossierId: id, topic: "dossier.supplement_answered" } })).toBe(1);
  });

  it("restarts the processing time from zero when a supplement during processing is answered", async () => {
    const { citizen, id, component } = await submitted();
    await takeStaffAction(await actorByPersonalId(COUNTER), id, "RECEIVE", { version: 1 });
    const specialist = await actorByPersonalId(SPECIALIST);
    await takeStaffAction(specialist, id, "START_PROCESSING", { version: 2 });
    await db.dossier.update({ where: { id }, data: { dueAt: new Date("2026-01-01T10:00:00Z") } });
    await requestSupplement(specialist, id, {
      items: [{ componentId: component.id, reason: "Sai thông tin ngày sinh" }],
      version: await version(id),
    });
    const item = await db.supplementItem.findFirstOrThrow({ where: { request: { dossierId: id } } });
    await attachTo(item.id, id, citizen.userId);
    await answerSupplement(citizen, id, { version: await version(id) });
    const after = await db.dossier.findUniqueOrThrow({ where: { id }, select: { status: true, dueAt: true } });
    expect(after.status).toBe("PROCESSING");
    expect(after.dueAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("refuses bad requests with a clear message and stores nothing", async () => {
    const { citizen, id, component } = await submitted();
    const counter = await actorByPersonalId(COUNTER);
    const cases: [Parameters<typeof requestSupplement>[2], string][] = [
      [{ items: [], version: 1 }, "Vui lòng chọn ít nhất một giấy tờ cần bổ sung."],
      [{ items: [{ componentId: component.id, reason: "  " }], version: 1 }, "Vui lòng ghi rõ lý do cho từng giấy tờ."],
      [
        { items: [{ reason: "Thiếu" }], version: 1 },
        "Vui lòng chọn thành phần hồ sơ hoặc ghi tên giấy tờ cần bổ sung.",
      ],
    ];
    for (const [input, message] of cases)
      await expect(requestSupplement(counter, id, input)).rejects.toMatchObject({ code: "INVALID_INPUT", message });
    const foreign = await db.documentComponent.findFirstOrThrow({
      where: { procedure: { code: { not: "1.001193" } } },
    });
    await expect(
      requestSupplement(counter, id, { items: [{ componentId: foreign.id, reason: "x" }], version: 1 }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(
      requestSupplement(await actorByPersonalId(OTHER_AGENCY_COUNTER), id, {
        items: [{ label: "x", reason: "y" }],
        version: 1,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      requestSupplement(citizen, id, { items: [{ label: "x", reason: "y" }], version: 1 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(answerSupplement(citizen, id, { version: 1 })).rejects.toMatchObject({
      code: "TRANSITION_NOT_ALLOWED",
    });
    expect(await db.supplementRequest.count({ where: { dossierId: id } })).toBe(0);
    expect((await db.dossier.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
  });

  it("refuses a supplement during processing more than 3 working days after reception", async () => {
    const { id, component } = await submitted();
    await takeStaffAction(await actorByPersonalId(COUNTER), id, "RECEIVE", { version: 1 });
    const specialist = await actorByPersonalId(SPECIALIST);
    await takeStaffAction(specialist, id, "START_PROCESSING", { version: 2 });
    await db.dossier.update({ where: { id }, data: { receivedAt: new Date(Date.now() - 15 * 24 * 3600 * 1000) } });
    await expect(
      requestSupplement(specialist, id, {
        items: [{ componentId: component.id, reason: "x" }],
        version: await version(id),
      }),
    ).rejects.toMatchObject({
      code: "TRANSITION_NOT_ALLOWED",
      message: expect.stringContaining("03 ngày làm việc"),
    });
    expect(await db.supplementRequest.count({ where: { dossierId: id } })).toBe(0);
  });
});
