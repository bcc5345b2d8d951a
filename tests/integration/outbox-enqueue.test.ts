// The outbox rows of one change, written in one statement (lib/notifications/enqueue.ts): in the
// order given (the worker delivers a dossier's messages by seq), with their payloads intact, and
// nothing at all when the change's transaction rolls back.
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { enqueueOutboxMessages, type OutboxRow } from "../../lib/notifications/enqueue";
import { seedCitizen, seedCompleteDraft } from "../support/seed-helpers";

async function rowsFor(dossierId: string) {
  return db.outboxMessage.findMany({
    where: { dossierId },
    orderBy: { seq: "asc" },
    select: {
      id: true,
      channel: true,
      topic: true,
      recipient: true,
      payload: true,
      state: true,
      attempts: true,
      nextAttemptAt: true,
    },
  });
}

describe("enqueueOutboxMessages", () => {
  it("writes the rows in the order given, payloads intact, ready for the worker", async () => {
    const dossierId = await seedCompleteDraft(await seedCitizen());
    const payload = {
      code: "000.00.01.H57-261207-0001",
      status: "SUBMITTED",
      statusLabel: "Mới đăng ký",
      note: null,
      nested: { list: [1, "hai", { ba: true }] },
      quote: "\"'\\",
    };
    const rows: OutboxRow[] = [
      { dossierId, channel: "EMAIL", topic: "dossier.submit", recipient: "cong.dan@example.vn", payload },
      { dossierId, channel: "SMS", topic: "dossier.submit", recipient: "0912000001", payload },
      {
        dossierId,
        channel: "NATIONAL_PORTAL",
        topic: "dossier.status",
        recipient: "dichvucong.gov.vn",
        payload: { code: payload.code, status: "1" },
      },
      {
        dossierId,
        channel: "WEBHOOK",
        topic: "dossier.1",
        recipient: "https://lgsp.example.vn/hook",
        payload: { subscriptionId: "s1", event: { code: payload.code } },
      },
    ];
    const before = Date.now();
    await db.$transaction((tx) => enqueueOutboxMessages(tx, rows));
    const written = await rowsFor(dossierId);
    expect(
      written.map(({ channel, topic, recipient, payload }) => ({ dossierId, channel, topic, recipient, payload })),
    ).toEqual(rows);
    expect(new Set(written.map((r) => r.id)).size).toBe(4);
    for (const r of written) {
      expect(r).toMatchObject({ state: "PENDING", attempts: 0 });
      expect(r.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
      expect(r.nextAttemptAt.getTime()).toBeGreaterThan(before - 60_000);
    }
  });

  it("writes nothing when the change rolls back, and nothing for an empty list", async () => {
    const dossierId = await seedCompleteDraft(await seedCitizen());
    const row: OutboxRow = {
      dossierId,
      channel: "EMAIL",
      topic: "dossier.submit",
      recipient: "a@example.vn",
      payload: { code: "x" },
    };
    await expect(
      db.$transaction(async (tx) => {
        await enqueueOutboxMessages(tx, [row, row]);
        throw new Error("the change failed after its messages were queued");
      }),
    ).rejects.toThrow("the change failed");
    await db.$transaction((tx) => enqueueOutboxMessages(tx, []));
    expect(await rowsFor(dossierId)).toEqual([]);
  });
});
