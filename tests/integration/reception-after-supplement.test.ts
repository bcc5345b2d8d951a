// A dossier completed before reception (Mẫu 02 at the reception check, then supplied by the
// citizen) is timed from its completion, never from its incomplete first filing (NĐ 118/2025
// Art. 17(3); docs/domain.md §5.2), through the real commands and the seeded 2026 calendar.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { expectedDueAt } from "../../lib/dossiers/expected-due";
import { takeStaffAction } from "../../lib/processing/take-staff-action";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { answerSupplement } from "../../lib/supplements/answer-supplement";
import { requestSupplement } from "../../lib/supplements/request-supplement";
import { actorByPersonalId, seedCitizen, seedCompleteDraft } from "../support/seed-helpers";

const COUNTER = "072085100001";

async function version(id: string) {
  return (await db.dossier.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
}

describe("reception after a supplement asked at the reception check", () => {
  it("starts the time when the complete dossier arrives, here after the 2026 National Day break", async () => {
    const citizen = await seedCitizen("Người Bổ Sung Trước Tiếp Nhận");
    const id = await seedCompleteDraft(citizen); // 1.001193 online: same day, next working day after 15:00
    await submitDossier(citizen, id);
    // Filed, incomplete, on Monday 24/8/2026 at 09:00 (moved there: the commands use the clock).
    const filedAt = new Date("2026-08-24T09:00:00+07:00");
    await db.dossier.update({ where: { id }, data: { submittedAt: filedAt } });

    const counter = await actorByPersonalId(COUNTER);
    const component = await db.documentComponent.findFirstOrThrow({
      where: { procedure: { code: "1.001193" }, required: true },
      orderBy: { sortOrder: "asc" },
    });
    await requestSupplement(counter, id, {
      items: [{ componentId: component.id, reason: "Ảnh chụp mờ, không đọc được" }],
      version: await version(id),
    });
    const request = await db.supplementRequest.findFirstOrThrow({
      where: { dossierId: id },
      select: { id: true, stage: true, items: { select: { id: true } } },
    });
    expect(request.stage).toBe("RECEPTION");
    await db.attachment.create({
      data: {
        dossierId: id,
        supplementItemId: request.items[0].id,
        fileName: "bo-sung.pdf",
        mimeType: "application/pdf",
        sizeBytes: 10,
        sha256: "0".repeat(64),
        storageKey: randomUUID(),
        uploadedById: citizen.userId,
      },
    });
    await answerSupplement(citizen, id, { version: await version(id) });
    // Supplied on Friday 28/8/2026 at 20:00, after office hours, on the eve of the break.
    const suppliedAt = new Date("2026-08-28T20:00:00+07:00");
    await db.supplementRequest.update({ where: { id: request.id }, data: { answeredAt: suppliedAt } });

    // Complete at 20:00 Fri 28/8 → the next office time: Sat 29/8 – Wed 2/9 off (Mon 31/8
    // swapped for Sat 22/8) → received Thu 3/9 07:00; same-day procedure, before 15:00 → due
    // 17:00 Thu 3/9. From the incomplete filing it would have been 17:00 Mon 24/8, overdue at once.
    const dossier = await db.dossier.findUniqueOrThrow({
      where: { id },
      select: { status: true, channel: true, procedure: { select: { timings: true } } },
    });
    expect(dossier.status).toBe("SUBMITTED");
    expect(await expectedDueAt(dossier.procedure.timings, dossier.channel, filedAt, id)).toEqual(
      new Date("2026-09-03T17:00:00+07:00"),
    );

    await takeStaffAction(counter, id, "RECEIVE", { version: await version(id) });
    expect(
      await db.dossier.findUniqueOrThrow({ where: { id }, select: { status: true, receivedAt: true, dueAt: true } }),
    ).toEqual({
      status: "RECEIVED",
      receivedAt: new Date("2026-09-03T07:00:00+07:00"),
      dueAt: new Date("2026-09-03T17:00:00+07:00"),
    });
  });
});
