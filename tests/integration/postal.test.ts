import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { assignSpecialist } from "../../lib/dossiers/commands/assign-specialist";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { takeStaffAction } from "../../lib/processing/take-staff-action";
import { confirmHandover, createHandover } from "../../lib/postal/commands/handovers";
import { handResultToPost } from "../../lib/postal/commands/hand-result-to-post";
import { recordEventByOfficer } from "../../lib/postal/commands/record-by-officer";
import { returnUndeliverableResults } from "../../lib/postal/commands/return-undeliverable";
import { prepareCounterPostalChoice, saveDeliveryChoice } from "../../lib/postal/commands/save-delivery-choice";
import { createWalkIn } from "../../lib/intake/commands/create-walk-in";
import { receiveAtCounter } from "../../lib/intake/commands/receive-at-counter";
import { saveWalkInForm } from "../../lib/intake/commands/save-walk-in-form";
import { applyShipmentEvent, type EventInput } from "../../lib/postal/record-event";
import { renderHandover } from "../../lib/postal/handover-pdf";
import { extractText, normalizedText } from "../../lib/pdf/test-fixtures";
import { handoverForActor, postalForDossier } from "../../lib/postal/queries";
import { priceFor, zoneBetween } from "../../lib/postal/tariff";
import { actorByPersonalId, seedCitizen, seedCompleteDraft, validAnswers } from "../support/seed-helpers";

// The commune's one-stop staff (UBND phường Tân Ninh, unit 25459) and the post office's officer
// serving it (seeded demo people).
const COUNTER = "072085100001";
const SPECIALIST = "072086100002";
const LEADER = "072075100003";
const POSTAL = "072091300001";
const AGENCY = "000.21.01.H80";

const version = async (id: string) =>
  (await db.dossier.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const address = (over: Record<string, string> = {}) => ({
  provinceCode: "80",
  communeCode: "25480",
  street: "12 đường 30 Tháng 4, khu phố 1",
  recipientName: "Nguyễn Văn Nhận",
  recipientPhone: "0912 345 678",
  ...over,
});
/** Vietnam time (UTC+7) of a calendar instant. */
const vn = (iso: string) => new Date(`${iso}+07:00`);

async function draftByPost(procedure = "1.001193", over: Record<string, string> = {}, dossierByPost = false) {
  const citizen = await seedCitizen("Người Nhận Qua Bưu Điện");
  const id = await seedCompleteDraft(citizen, procedure);
  await saveDeliveryChoice(citizen, id, { resultDelivery: "POST", dossierByPost, address: address(over) });
  return { id, citizen };
}

/** Birth registration filed online with the result by post, approved (RESOLVED). */
async function resolvedByPost() {
  const d = await draftByPost();
  await submitDossier(d.citizen, d.id);
  const [counter, specialist, leader] = await Promise.all([
    actorByPersonalId(COUNTER),
    actorByPersonalId(SPECIALIST),
    actorByPersonalId(LEADER),
  ]);
  await takeStaffAction(counter, d.id, "RECEIVE", { version: await version(d.id) });
  await assignSpecialist(leader, d.id, { assigneeId: specialist.userId, version: await version(d.id) });
  await takeStaffAction(specialist, d.id, "PROPOSE_RESULT", { version: await version(d.id), note: "Đủ điều kiện" });
  await takeStaffAction(leader, d.id, "APPROVE", { version: await version(d.id) });
  return d;
}

/** …and its result handed to the post against a hand-over record both sides confirmed. */
async function resultWithPost() {
  const d = await resolvedByPost();
  const [counter, postal] = await Promise.all([actorByPersonalId(COUNTER), actorByPersonalId(POSTAL)]);
  const shipment = await handResultToPost(counter, d.id);
  const agency = await db.agency.findUniqueOrThrow({ where: { code: AGENCY }, select: { id: true } });
  const handover = await createHandover(counter, agency.id, "RESULT_TO_CITIZEN");
  await confirmHandover(counter, handover.id, "AGENCY");
  await confirmHandover(postal, handover.id, "POST");
  return { ...d, shipment, handover, counter, postal };
}

const outboxTopics = async (dossierId: string) =>
  (await db.outboxMessage.findMany({ where: { dossierId }, select: { topic: true } })).map((m) => m.topic);

describe("postal tariff", () => {
  it("prices by zone and weight band: the smallest band that holds the weight", async () => {
    const rows = await db.postalTariff.findMany();
    expect(
      zoneBetween({ provinceCode: "80", communeCode: "25459" }, { provinceCode: "80", communeCode: "25459" }),
    ).toBe("SAME_COMMUNE");
    expect(
      zoneBetween({ provinceCode: "80", communeCode: "25459" }, { provinceCode: "80", communeCode: "25480" }),
    ).toBe("WITHIN_PROVINCE");
    expect(zoneBetween({ provinceCode: "80", communeCode: null }, { provinceCode: "79", communeCode: "26734" })).toBe(
      "OTHER_PROVINCE",
    );
    expect(priceFor(rows, "SAME_COMMUNE", 100)).toBe(15_000);
    expect(priceFor(rows, "SAME_COMMUNE", 101)).toBe(17_000);
    expect(priceFor(rows, "WITHIN_PROVINCE", 100)).toBe(20_000);
    expect(priceFor(rows, "OTHER_PROVINCE", 1_500)).toBe(62_000);
    expect(priceFor(rows, "OTHER_PROVINCE", 2_001)).toBeNull();
    expect(() => priceFor(rows, "SAME_COMMUNE", 0)).toThrow(RangeError);
  });

  it("quotes the price at the moment of choice, from the agency's commune, and keeps it when the tariff changes", async () => {
    const same = await draftByPost("1.001193", { communeCode: "25459" });
    const other = await draftByPost("1.001193", { communeCode: "25480" });
    expect(await db.postalChoice.findUniqueOrThrow({ where: { dossierId: same.id } })).toMatchObject({
      zone: "SAME_COMMUNE",
      postageVnd: 15_000,
      payer: "CITIZEN",
      resultByPost: true,
      recipientPhone: "0912345678",
    });
    expect(await db.postalChoice.findUniqueOrThrow({ where: { dossierId: other.id } })).toMatchObject({
      zone: "WITHIN_PROVINCE",
      postageVnd: 20_000,
    });
    await db.postalTariff.update({
      where: { zone_maxGrams: { zone: "WITHIN_PROVINCE", maxGrams: 100 } },
      data: { priceVnd: 99_000 },
    });
    try {
      expect((await db.postalChoice.findUniqueOrThrow({ where: { dossierId: other.id } })).postageVnd).toBe(20_000);
    } finally {
      await db.postalTariff.update({
        where: { zone_maxGrams: { zone: "WITHIN_PROVINCE", maxGrams: 100 } },
        data: { priceVnd: 20_000 },
      });
    }
  });

  it("puts the postage on the dossier's bill as a POSTAGE line", async () => {
    const d = await draftByPost("2.000635");
    await submitDossier(d.citizen, d.id);
    const counter = await actorByPersonalId(COUNTER);
    await takeStaffAction(counter, d.id, "RECEIVE", { version: await version(d.id) });
    await takeStaffAction(counter, d.id, "REQUEST_PAYMENT", { version: await version(d.id) });
    const bill = await db.bill.findUniqueOrThrow({
      where: { dossierId: d.id },
      include: { lines: { orderBy: { position: "asc" } } },
    });
    expect(bill.lines.map((l) => [l.kind, l.amountVnd])).toEqual([
      ["FEE", 8_000],
      ["POSTAGE", 20_000],
    ]);
    expect(bill.totalVnd).toBe(28_000);
  });
});

describe("the delivery address", () => {
  it("refuses a bad address with a Vietnamese message and stores nothing", async () => {
    const citizen = await seedCitizen();
    const id = await seedCompleteDraft(citizen);
    const before = await db.dossier.findUniqueOrThrow({
      where: { id },
      select: { resultDelivery: true, version: true },
    });
    const cases: [Record<string, string>, RegExp][] = [
      [{ recipientPhone: "" }, /Số điện thoại người nhận phải gồm 10 chữ số/],
      [{ recipientPhone: "12345" }, /Số điện thoại người nhận phải gồm 10 chữ số/],
      [{ recipientName: " " }, /Vui lòng nhập họ và tên người nhận/],
      [{ street: "" }, /Vui lòng nhập địa chỉ chi tiết/],
      [{ communeCode: "" }, /Vui lòng chọn xã, phường/],
      [{ provinceCode: "" }, /Vui lòng chọn tỉnh, thành phố/],
      [{ communeCode: "80" }, /Xã, phường đã chọn không thuộc tỉnh, thành phố đã chọn/],
      [{ provinceCode: "79" }, /Xã, phường đã chọn không thuộc tỉnh, thành phố đã chọn/],
      [{ street: "x".repeat(201) }, /tối đa 200 ký tự/],
    ];
    for (const [over, message] of cases) {
      await expect(
        saveDeliveryChoice(citizen, id, { resultDelivery: "POST", dossierByPost: false, address: address(over) }),
      ).rejects.toMatchObject({ code: "INVALID_INPUT", message });
    }
    await expect(
      saveDeliveryChoice(citizen, id, {
        resultDelivery: "COUNTER",
        dossierByPost: true,
        address: address({ recipientPhone: "0" }),
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await db.postalChoice.count({ where: { dossierId: id } })).toBe(0);
    expect(
      await db.dossier.findUniqueOrThrow({ where: { id }, select: { resultDelivery: true, version: true } }),
    ).toEqual(before);
  });

  it("is not offered for a procedure that requires personal presence, and another citizen cannot set it", async () => {
    const presence = await db.procedure.findFirstOrThrow({
      where: { requiresPersonalPresence: true, agencies: { some: { agency: { code: AGENCY } } } },
      select: { code: true },
    });
    const citizen = await seedCitizen();
    const id = await seedCompleteDraft(citizen, presence.code);
    await expect(
      saveDeliveryChoice(citizen, id, { resultDelivery: "POST", dossierByPost: false, address: address() }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", message: /có mặt trực tiếp/ });
    await expect(
      saveDeliveryChoice(citizen, id, { resultDelivery: "COUNTER", dossierByPost: true, address: address() }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", message: /có mặt trực tiếp/ });
    const own = await seedCompleteDraft(citizen);
    await expect(
      saveDeliveryChoice(await seedCitizen(), own, {
        resultDelivery: "POST",
        dossierByPost: false,
        address: address(),
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.postalChoice.count({ where: { dossierId: { in: [id, own] } } })).toBe(0);
  });
});

describe("shipments and delivery", () => {
  it("hands the result over against a confirmed record, tracks pick-up, checks the ID on delivery and returns the dossier (status 10)", async () => {
    const d = await resolvedByPost();
    const [counter, postal] = await Promise.all([actorByPersonalId(COUNTER), actorByPersonalId(POSTAL)]);
    // The postal officer serves the agency but is not its staff: the dossier is not his to see until
    // it travels by post, so he is told "not found", as staff of another agency are.
    await expect(handResultToPost(postal, d.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const shipment = await handResultToPost(counter, d.id);
    expect(shipment.trackingNumber).toMatch(/^RR\d{9}VN$/);
    await expect(handResultToPost(counter, d.id)).rejects.toMatchObject({ code: "ALREADY_DONE" });
    const row = await db.shipment.findUniqueOrThrow({ where: { id: shipment.id } });
    expect(row.slip).toMatchObject({
      receiver: { name: "Nguyễn Văn Nhận", phone: "0912345678" },
      documents: [{ copy: "Bản chính" }],
    });

    // Not picked up before both sides confirmed the hand-over record.
    await expect(
      recordEventByOfficer(postal, { trackingNumber: shipment.trackingNumber, kind: "PICKED_UP" }),
    ).rejects.toMatchObject({ code: "TRANSITION_NOT_ALLOWED", message: /biên bản giao nhận/ });
    const agency = await db.agency.findUniqueOrThrow({ where: { code: AGENCY }, select: { id: true } });
    await expect(createHandover(postal, agency.id, "RESULT_TO_CITIZEN")).rejects.toMatchObject({ code: "FORBIDDEN" });
    const handover = await createHandover(counter, agency.id, "RESULT_TO_CITIZEN");
    await expect(confirmHandover(counter, handover.id, "POST")).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await confirmHandover(counter, handover.id, "AGENCY")).confirmedAt).toBeNull();
    await expect(confirmHandover(counter, handover.id, "AGENCY")).rejects.toMatchObject({ code: "ALREADY_DONE" });
    expect((await confirmHandover(postal, handover.id, "POST")).confirmedAt).toBeInstanceOf(Date);
    const view = await handoverForActor(postal, handover.id);
    expect(view.shipments.map((s) => s.trackingNumber)).toContain(shipment.trackingNumber);
    const text = extractText(await renderHandover(view));
    expect(text, "pdftotext (poppler-utils) is installed by npm test").not.toBeNull();
    const seen = normalizedText(text!);
    expect(seen).toContain(`Số biên bản: ${view.number}`);
    expect(seen).toContain(shipment.trackingNumber);
    expect(seen).toContain(view.shipments.find((s) => s.trackingNumber === shipment.trackingNumber)!.dossier.code!);
    expect(seen).toContain("Phạm Thị Dung");
    expect(seen).toContain("Đỗ Văn Minh");

    await recordEventByOfficer(postal, { trackingNumber: shipment.trackingNumber.toLowerCase(), kind: "PICKED_UP" });
    expect(await outboxTopics(d.id)).toContain("postal.result_picked_up");
    const picked = await db.shipment.findUniqueOrThrow({ where: { id: shipment.id } });
    expect(picked).toMatchObject({ status: "PICKED_UP" });
    expect(picked.targetAt!.getTime()).toBeGreaterThan(Date.now()); // J+2 within the province

    await expect(
      recordEventByOfficer(postal, {
        trackingNumber: shipment.trackingNumber,
        kind: "DELIVERED",
        recipientName: "Nguyễn Văn Nhận",
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", message: /giấy tờ tùy thân/ });
    await expect(
      recordEventByOfficer(postal, { trackingNumber: shipment.trackingNumber, kind: "FAILED_ATTEMPT" }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", message: /lý do/ });
    await expect(
      recordEventByOfficer(postal, { trackingNumber: "RR000000000VN", kind: "PICKED_UP" }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", message: /không đúng định dạng/ });
    expect((await db.dossier.findUniqueOrThrow({ where: { id: d.id } })).status).toBe("RESOLVED");

    await recordEventByOfficer(postal, {
      trackingNumber: shipment.trackingNumber,
      kind: "DELIVERED",
      recipientName: "Nguyễn Văn Nhận",
      recipientIdNumber: "072090000001",
    });
    const returned = await db.dossier.findUniqueOrThrow({
      where: { id: d.id },
      include: { events: { where: { action: "RETURN_RESULT" } } },
    });
    expect(returned.status).toBe("RETURNED");
    expect(returned.returnedAt).toBeInstanceOf(Date);
    // The audit note keeps the last four digits; the event row keeps the number sealed.
    expect(returned.events[0].note).toMatch(/bưu chính.*số định danh ••••••••0001/);
    expect(returned.events[0].note).not.toContain("072090000001");
    const [delivered] = await db.$queryRaw<{ recipientIdNumber: string }[]>`
      SELECT e."recipientIdNumber" FROM "ShipmentEvent" e WHERE e."shipmentId" = ${shipment.id} AND e.kind = 'DELIVERED'`;
    expect(delivered.recipientIdNumber).toMatch(/^v1:test2:/);
    expect(await outboxTopics(d.id)).toContain("dossier.return_result");
    const citizenView = await postalForDossier(d.citizen, d.id);
    expect(citizenView.shipments[0].events.map((e) => e.kind)).toEqual(["CREATED", "PICKED_UP", "DELIVERED"]);
    expect(citizenView.shipments[0].events[2].recipientIdNumber).toBe("••••••••0001");
    await expect(postalForDossier(await seedCitizen(), d.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("failed deliveries", () => {
  /**
   * A result picked up on Monday 9 June 2036, then the given failed attempts (Vietnam times). The
   * week lies in the future so that every event comes after the shipment's creation, which is
   * now: a week in December 2026 made these tests fail from that very Monday on. No holidays fall
   * in it, so only weekends count against the working days.
   */
  async function withFailures(times: string[]) {
    const d = await resultWithPost();
    const event = (kind: EventInput["kind"], at: Date, note: string | null = null) =>
      db.$transaction((tx) =>
        applyShipmentEvent(
          tx,
          d.shipment.id,
          { kind, at, operatorStaff: "Bưu tá Lê Văn Phát", recordedById: d.postal.userId, note },
          at,
        ),
      );
    await event("PICKED_UP", vn("2036-06-09T08:00:00"));
    for (const t of times) await event("FAILED_ATTEMPT", vn(t), "Không có người nhận tại địa chỉ");
    return d;
  }
  const state = (id: string) =>
    db.shipment.findUniqueOrThrow({ where: { id }, select: { status: true, _count: { select: { events: true } } } });

  it("returns the result to the agency after two attempts 2 working days apart and tells the citizen in the same run", async () => {
    const d = await withFailures(["2036-06-09T10:00:00", "2036-06-11T10:00:00"]);
    expect((await outboxTopics(d.id)).filter((t) => t === "postal.failed_attempt")).toHaveLength(2 * 2); // e-mail and SMS
    expect(await returnUndeliverableResults(vn("2036-06-11T18:00:00"))).toBeGreaterThanOrEqual(1);
    expect(await state(d.shipment.id)).toMatchObject({ status: "RETURNED_TO_AGENCY" });
    expect((await outboxTopics(d.id)).filter((t) => t === "postal.returned_to_agency").length).toBeGreaterThan(0);
    // Stays resolved for the counter; a second scan changes nothing.
    expect((await db.dossier.findUniqueOrThrow({ where: { id: d.id } })).status).toBe("RESOLVED");
    const after = await state(d.shipment.id);
    await returnUndeliverableResults(vn("2036-06-12T18:00:00"));
    expect(await state(d.shipment.id)).toEqual(after);
    // The counter may send it again: a new shipment.
    expect((await handResultToPost(d.counter, d.id)).trackingNumber).not.toBe(d.shipment.trackingNumber);
  });

  it("does not return after one attempt, nor after two attempts too close (1 working day; Friday then Monday)", async () => {
    const one = await withFailures(["2036-06-09T10:00:00"]);
    const close = await withFailures(["2036-06-09T10:00:00", "2036-06-10T16:00:00"]);
    const weekend = await withFailures(["2036-06-13T10:00:00", "2036-06-16T10:00:00"]);
    const before = await Promise.all([one, close, weekend].map((d) => state(d.shipment.id)));
    await returnUndeliverableResults(vn("2036-06-16T18:00:00"));
    expect(await Promise.all([one, close, weekend].map((d) => state(d.shipment.id)))).toEqual(before);
    expect(before.map((b) => b.status)).toEqual(["FAILED_ATTEMPT", "FAILED_ATTEMPT", "FAILED_ATTEMPT"]);
    for (const d of [one, close, weekend]) expect(await outboxTopics(d.id)).not.toContain("postal.returned_to_agency");
  });
});

describe("paper dossier sent by post", () => {
  it("counts as received when both sides confirm the hand-over record", async () => {
    const d = await draftByPost("1.001193", {}, true);
    await submitDossier(d.citizen, d.id);
    const inbound = await db.shipment.findFirstOrThrow({ where: { dossierId: d.id, direction: "DOSSIER_TO_AGENCY" } });
    expect(inbound.trackingNumber).toMatch(/^RD\d{9}VN$/);
    expect(inbound.slip).toMatchObject({ receiver: { name: expect.stringContaining("Tân Ninh") } });
    const [counter, postal] = await Promise.all([actorByPersonalId(COUNTER), actorByPersonalId(POSTAL)]);
    await recordEventByOfficer(postal, { trackingNumber: inbound.trackingNumber, kind: "PICKED_UP" });
    expect(await outboxTopics(d.id)).toContain("postal.dossier_picked_up");
    const agency = await db.agency.findUniqueOrThrow({ where: { code: AGENCY }, select: { id: true } });
    await expect(createHandover(counter, agency.id, "DOSSIER_TO_AGENCY")).rejects.toMatchObject({ code: "FORBIDDEN" });
    const handover = await createHandover(postal, agency.id, "DOSSIER_TO_AGENCY");
    await confirmHandover(postal, handover.id, "POST");
    expect((await db.shipment.findUniqueOrThrow({ where: { id: inbound.id } })).status).toBe("PICKED_UP");
    const { confirmedAt } = await confirmHandover(counter, handover.id, "AGENCY");
    expect((await db.shipment.findUniqueOrThrow({ where: { id: inbound.id } })).status).toBe("HANDED_TO_AGENCY");
    await takeStaffAction(counter, d.id, "RECEIVE", { version: await version(d.id) });
    const received = await db.dossier.findUniqueOrThrow({ where: { id: d.id } });
    expect(received.receivedAt).toEqual(confirmedAt);
    expect(received.dueAt).not.toBeNull();
  });
});

describe("result by post chosen at the counter", () => {
  it("checks the address before reception (nothing stored on a bad one), then keeps it with the quote", async () => {
    const counter = await actorByPersonalId(COUNTER);
    const agency = await db.agency.findUniqueOrThrow({ where: { code: AGENCY }, select: { id: true } });
    const id = await createWalkIn(counter, {
      procedureCode: "1.001193",
      agencyId: agency.id,
      channel: "COUNTER",
      applicantPersonalId: `0991${String(Date.now()).slice(-8)}`,
      applicantName: "Trần Văn Tới Quầy",
      applicantPhone: "0912111222",
    });
    expect(await saveWalkInForm(counter, id, await validAnswers("1.001193"))).toEqual({ ok: true });
    const components = await db.documentComponent.findMany({
      where: { procedure: { code: "1.001193" }, required: true },
      select: { id: true },
    });
    await db.paperSubmission.createMany({
      data: components.map((c) => ({ dossierId: id, componentId: c.id, summary: "Bản giấy nộp tại quầy" })),
    });

    await expect(prepareCounterPostalChoice(counter, id, address({ recipientPhone: "abc" }))).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: /Số điện thoại người nhận/,
    });
    await expect(prepareCounterPostalChoice(await actorByPersonalId(POSTAL), id, address())).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(
      await db.dossier.findUniqueOrThrow({ where: { id }, select: { status: true, resultDelivery: true } }),
    ).toEqual({ status: "DRAFT", resultDelivery: "COUNTER" });
    expect(await db.postalChoice.count({ where: { dossierId: id } })).toBe(0);

    const postalChoice = await prepareCounterPostalChoice(counter, id, address({ communeCode: "25459" }));
    await receiveAtCounter(counter, id, { version: await version(id), resultDelivery: "POST", postalChoice });
    expect(
      await db.dossier.findUniqueOrThrow({ where: { id }, select: { status: true, resultDelivery: true } }),
    ).toEqual({ status: "RECEIVED", resultDelivery: "POST" });
    expect(await db.postalChoice.findUniqueOrThrow({ where: { dossierId: id } })).toMatchObject({
      resultByPost: true,
      zone: "SAME_COMMUNE",
      postageVnd: 15_000,
    });
  });
});
