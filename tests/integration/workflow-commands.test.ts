import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { returnResultAtCounter } from "../../lib/dossiers/commands/return-result";
import { takeStaffAction } from "../../lib/processing/take-staff-action";
import { actorByPersonalId, seedCitizen, seedCompleteDraft } from "../support/seed-helpers";

async function version(id: string) {
  return (await db.dossier.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
}

describe("staff workflow commands", () => {
  it("takes a dossier from submission to returned result, logging every step", async () => {
    const citizen = await seedCitizen();
    const id = await seedCompleteDraft(citizen);
    await submitDossier(citizen, id);
    const counter = await actorByPersonalId("072085100001");
    const specialist = await actorByPersonalId("072086100002");
    const leader = await actorByPersonalId("072075100003");

    await takeStaffAction(counter, id, "RECEIVE", { version: await version(id) });
    const received = await db.dossier.findUniqueOrThrow({
      where: { id },
      select: { receivedAt: true, dueAt: true, status: true },
    });
    expect(received.status).toBe("RECEIVED");
    expect(received.dueAt!.getTime()).toBeGreaterThan(received.receivedAt!.getTime());

    await takeStaffAction(specialist, id, "START_PROCESSING", { version: await version(id) });
    await expect(takeStaffAction(leader, id, "APPROVE", { version: await version(id) })).rejects.toMatchObject({
      code: "TRANSITION_NOT_ALLOWED",
    });
    await takeStaffAction(specialist, id, "PROPOSE_RESULT", { version: await version(id), note: "Đủ điều kiện" });
    await takeStaffAction(leader, id, "APPROVE", { version: await version(id) });
    await returnResultAtCounter(counter, id, {
      version: await version(id),
      recipientPersonalId: citizen.personalId!,
      recipientName: citizen.fullName,
    });

    const done = await db.dossier.findUniqueOrThrow({
      where: { id },
      select: { status: true, outcome: true, finishedAt: true, returnedAt: true, assigneeId: true },
    });
    expect(done).toMatchObject({ status: "RETURNED", outcome: "GRANTED", assigneeId: specialist.userId });
    const events = await db.dossierEvent.findMany({
      where: { dossierId: id },
      orderBy: { createdAt: "asc" },
      select: { action: true, toStatus: true },
    });
    expect(events.map((e) => e.action)).toEqual([
      "SUBMIT",
      "RECEIVE",
      "START_PROCESSING",
      "PROPOSE_RESULT",
      "APPROVE",
      "RETURN_RESULT",
    ]);
    expect(await db.outboxMessage.count({ where: { dossierId: id, channel: "NATIONAL_PORTAL" } })).toBe(5);
  });

  it("refuses a role that may not act, a missing reason and a stale version, changing nothing", async () => {
    const citizen = await seedCitizen();
    const id = await seedCompleteDraft(citizen);
    await submitDossier(citizen, id);
    const specialist = await actorByPersonalId("072086100002");
    const counter = await actorByPersonalId("072085100001");

    await expect(takeStaffAction(specialist, id, "RECEIVE", { version: 1 })).rejects.toMatchObject({
      code: "TRANSITION_NOT_ALLOWED",
    });
    await expect(takeStaffAction(counter, id, "REFUSE_RECEPTION", { version: 1, note: "  " })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Vui lòng ghi rõ lý do.",
    });
    await expect(takeStaffAction(counter, id, "RECEIVE", { version: 0 })).rejects.toMatchObject({
      code: "STALE_DOSSIER",
    });
    expect(await db.dossier.findUniqueOrThrow({ where: { id }, select: { status: true, version: true } })).toEqual({
      status: "SUBMITTED",
      version: 1,
    });
    expect(await db.dossierEvent.count({ where: { dossierId: id } })).toBe(1);
  });
});
