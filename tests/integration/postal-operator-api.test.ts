import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { assignSpecialist } from "../../lib/dossiers/commands/assign-specialist";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { takeStaffAction } from "../../lib/processing/take-staff-action";
import { env } from "../../lib/env";
import { confirmHandover, createHandover } from "../../lib/postal/commands/handovers";
import { handResultToPost } from "../../lib/postal/commands/hand-result-to-post";
import { saveDeliveryChoice } from "../../lib/postal/commands/save-delivery-choice";
import { handleOperatorEvent } from "../../lib/postal/operator-api/handle-event";
import { postalOperatorPaths, postalOperatorSecuritySchemes } from "../../lib/postal/operator-api/openapi";
import { signPostalRequest } from "../../lib/postal/operator-api/signature";
import { actorByPersonalId, seedCitizen, seedCompleteDraft } from "../support/seed-helpers";

// The operator's system reports events over signed HTTP (HMAC-SHA256 over timestamp and body).
const COUNTER = "072085100001";
const SPECIALIST = "072086100002";
const LEADER = "072075100003";
const POSTAL = "072091300001";
const SECRET = env.POSTAL_OPERATOR_SECRET;

const version = async (id: string) =>
  (await db.dossier.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

/** A resolved dossier whose result the post office has received against a confirmed record (CREATED, ready for PICKED_UP). */
async function resultAtThePost() {
  const citizen = await seedCitizen("Người Nhận Qua API");
  const id = await seedCompleteDraft(citizen);
  await saveDeliveryChoice(citizen, id, {
    resultDelivery: "POST",
    dossierByPost: false,
    address: {
      provinceCode: "80",
      communeCode: "25459",
      street: "5 đường Cách Mạng Tháng Tám",
      recipientName: "Trần Thị Nhận",
      recipientPhone: "0987654321",
    },
  });
  await submitDossier(citizen, id);
  const [counter, specialist, leader, postal] = await Promise.all([
    actorByPersonalId(COUNTER),
    actorByPersonalId(SPECIALIST),
    actorByPersonalId(LEADER),
    actorByPersonalId(POSTAL),
  ]);
  await takeStaffAction(counter, id, "RECEIVE", { version: await version(id) });
  await assignSpecialist(leader, id, { assigneeId: specialist.userId, version: await version(id) });
  await takeStaffAction(specialist, id, "PROPOSE_RESULT", { version: await version(id), note: "Đủ điều kiện" });
  await takeStaffAction(leader, id, "APPROVE", { version: await version(id) });
  const { trackingNumber } = await handResultToPost(counter, id);
  const handover = await createHandover(
    counter,
    (await db.dossier.findUniqueOrThrow({ where: { id } })).agencyId,
    "RESULT_TO_CITIZEN",
  );
  await confirmHandover(counter, handover.id, "AGENCY");
  await confirmHandover(postal, handover.id, "POST");
  return { id, trackingNumber };
}

let seq = 0;
const event = (trackingNumber: string, over: Record<string, unknown> = {}) =>
  JSON.stringify({
    eventId: `VNP-${Date.now()}-${++seq}`,
    trackingNumber,
    kind: "PICKED_UP",
    occurredAt: new Date().toISOString(),
    operatorStaff: "BT-0412 Lê Văn Phát",
    ...over,
  });
const signed = (body: string, at = new Date(), secret = SECRET) => {
  const timestamp = String(Math.floor(at.getTime() / 1000));
  return { timestamp, signature: signPostalRequest(secret, timestamp, body) };
};
/** Everything an event may change. */
const snapshot = (id: string) =>
  db.dossier.findUniqueOrThrow({
    where: { id },
    select: {
      status: true,
      version: true,
      _count: { select: { outbox: true, events: true } },
      shipments: { select: { status: true, targetAt: true, events: { select: { kind: true, externalId: true } } } },
    },
  });

describe("postal operator API", () => {
  it("refuses unsigned, badly signed, expired and replayed requests, changing nothing", async () => {
    const d = await resultAtThePost();
    const before = await snapshot(d.id);
    const body = event(d.trackingNumber);
    const now = new Date();

    const unsigned = await handleOperatorEvent(body, { timestamp: null, signature: null }, SECRET, now);
    expect(unsigned).toMatchObject({ status: 401, body: { error: { code: "UNSIGNED" } } });
    const noSignature = await handleOperatorEvent(
      body,
      { timestamp: signed(body).timestamp, signature: null },
      SECRET,
      now,
    );
    expect(noSignature).toMatchObject({ status: 401, body: { error: { code: "UNSIGNED" } } });

    const wrongKey = await handleOperatorEvent(
      body,
      signed(body, now, "another-secret-another-secret-0001"),
      SECRET,
      now,
    );
    expect(wrongKey).toMatchObject({
      status: 401,
      body: { error: { code: "BAD_SIGNATURE", message: "Chữ ký của yêu cầu không đúng." } },
    });
    const tampered = await handleOperatorEvent(body.replace("PICKED_UP", "DELIVERED"), signed(body, now), SECRET, now);
    expect(tampered).toMatchObject({ status: 401, body: { error: { code: "BAD_SIGNATURE" } } });
    const otherTime = signed(body, now);
    const movedTimestamp = await handleOperatorEvent(
      body,
      { ...otherTime, timestamp: String(Number(otherTime.timestamp) - 1) },
      SECRET,
      now,
    );
    expect(movedTimestamp).toMatchObject({ status: 401, body: { error: { code: "BAD_SIGNATURE" } } });

    const expired = await handleOperatorEvent(body, signed(body, new Date(now.getTime() - 6 * 60_000)), SECRET, now);
    expect(expired).toMatchObject({ status: 401, body: { error: { code: "EXPIRED" } } });
    const future = await handleOperatorEvent(body, signed(body, new Date(now.getTime() + 6 * 60_000)), SECRET, now);
    expect(future).toMatchObject({ status: 401, body: { error: { code: "EXPIRED" } } });
    // A request captured and sent again after the window: refused, although its signature is right.
    const captured = signed(body, now);
    const replayedLater = await handleOperatorEvent(
      body,
      captured,
      SECRET,
      new Date(now.getTime() + 5 * 60_000 + 1_000),
    );
    expect(replayedLater).toMatchObject({ status: 401, body: { error: { code: "EXPIRED" } } });
    const garbage = await handleOperatorEvent("{not json", signed("{not json", now), SECRET, now);
    expect(garbage).toMatchObject({ status: 400, body: { error: { code: "INVALID_INPUT" } } });
    const invalid = await handleOperatorEvent(
      event(d.trackingNumber, { kind: "RETURNED_TO_AGENCY" }),
      signed(event(d.trackingNumber, { kind: "RETURNED_TO_AGENCY" })),
      SECRET,
    );
    expect(invalid.status).toBe(401); // different eventId in the re-serialised body: the signature is over other bytes

    expect(await snapshot(d.id)).toEqual(before);
  });

  it("records an event id once, however often it is sent, and a delivery returns the dossier", async () => {
    const d = await resultAtThePost();
    const pickUp = event(d.trackingNumber);
    const first = await handleOperatorEvent(pickUp, signed(pickUp), SECRET);
    expect(first).toMatchObject({
      status: 200,
      body: { result: "recorded", shipmentStatus: "PICKED_UP", trackingNumber: d.trackingNumber },
    });
    const afterFirst = await snapshot(d.id);
    for (let i = 0; i < 3; i++) {
      const again = await handleOperatorEvent(pickUp, signed(pickUp), SECRET);
      expect(again).toMatchObject({ status: 200, body: { result: "duplicate", shipmentStatus: "PICKED_UP" } });
    }
    // Sent twice at the same instant: still one row.
    const twin = event(d.trackingNumber, { kind: "OUT_FOR_DELIVERY" });
    const [a, b] = await Promise.all([
      handleOperatorEvent(twin, signed(twin), SECRET),
      handleOperatorEvent(twin, signed(twin), SECRET),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(await db.shipmentEvent.count({ where: { externalId: JSON.parse(twin).eventId } })).toBe(1);
    expect(afterFirst.shipments[0].events.filter((e) => e.kind === "PICKED_UP")).toHaveLength(1);

    // A new event id that cannot follow: refused with the reason, nothing recorded.
    const pickedAgain = event(d.trackingNumber);
    expect(await handleOperatorEvent(pickedAgain, signed(pickedAgain), SECRET)).toMatchObject({
      status: 409,
      body: { error: { code: "TRANSITION_NOT_ALLOWED" } },
    });
    const noId = event(d.trackingNumber, { kind: "DELIVERED" });
    expect(await handleOperatorEvent(noId, signed(noId), SECRET)).toMatchObject({
      status: 400,
      body: { error: { message: expect.stringMatching(/giấy tờ tùy thân/) } },
    });
    const unknown = event("RR000000019VN");
    expect(await handleOperatorEvent(unknown, signed(unknown), SECRET)).toMatchObject({ status: 404 });

    const delivered = event(d.trackingNumber, {
      kind: "DELIVERED",
      recipient: { name: "Trần Thị Nhận", idNumber: "072090000002" },
    });
    expect(await handleOperatorEvent(delivered, signed(delivered), SECRET)).toMatchObject({
      status: 200,
      body: { result: "recorded", shipmentStatus: "DELIVERED" },
    });
    const dossier = await db.dossier.findUniqueOrThrow({
      where: { id: d.id },
      include: { events: { where: { action: "RETURN_RESULT" } } },
    });
    expect(dossier.status).toBe("RETURNED");
    expect(dossier.events).toHaveLength(1);
    expect(await handleOperatorEvent(delivered, signed(delivered), SECRET)).toMatchObject({
      status: 200,
      body: { result: "duplicate" },
    });
    expect(await db.dossierEvent.count({ where: { dossierId: d.id, action: "RETURN_RESULT" } })).toBe(1);
  });

  it("documents the route as an OpenAPI 3.1 fragment generated from the schemas", () => {
    const post = postalOperatorPaths["/api/v1/postal/events"].post;
    const request = post.requestBody.content["application/json"].schema as {
      properties: Record<string, unknown>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(request.required).toEqual(
      expect.arrayContaining(["eventId", "trackingNumber", "kind", "occurredAt", "operatorStaff"]),
    );
    expect(request.additionalProperties).toBe(false);
    expect(request.properties.kind).toMatchObject({
      enum: ["PICKED_UP", "OUT_FOR_DELIVERY", "DELIVERED", "FAILED_ATTEMPT"],
    });
    expect(Object.keys(post.responses)).toEqual(["200", "400", "401", "404", "409"]);
    expect(postalOperatorSecuritySchemes.PostalSignature).toMatchObject({
      type: "apiKey",
      in: "header",
      name: "X-Postal-Signature",
    });
    expect(JSON.stringify(postalOperatorPaths)).not.toContain("$schema");
  });
});
