// Webhooks to subscribed systems: a status change writes one WEBHOOK outbox row per matching
// subscription in its own transaction; the worker delivers it signed (HMAC-SHA256) to a real
// HTTP receiver, retrying after failures until it is acknowledged.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIGNATURE_HEADER, verifyWebhook } from "../../lib/notifications/webhooks/signature";
import { webhookSender } from "../../lib/notifications/webhooks/sender";
import { createWebhookByAdmin, deleteWebhookByAdmin, listAllWebhooks } from "../../lib/notifications/webhooks/manage";
import { db } from "../../lib/db";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { takeStaffAction } from "../../lib/processing/take-staff-action";
import { drain, type WorkerOptions } from "../../lib/notifications/worker";
import { actorByPersonalId, seedCitizen, seedCompleteDraft } from "../support/seed-helpers";

const SECRET = "webhook-secret-of-the-data-sharing-platform-01";
type Received = {
  key: string | undefined;
  signatureOk: boolean;
  body: { id: string; topic: string; data: Record<string, unknown> };
};

let server: Server;
let url: string;
let failNext = 0;
const received: Received[] = [];

const worker = (over: Partial<WorkerOptions> = {}): WorkerOptions => ({
  db,
  senders: { WEBHOOK: webhookSender(db) },
  maxAttempts: 8,
  retryBaseMs: 60_000,
  ...over,
});
const version = async (id: string) =>
  (await db.dossier.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      if (failNext > 0) {
        failNext -= 1;
        res.writeHead(500).end("lỗi tạm thời");
        return;
      }
      received.push({
        key: req.headers["idempotency-key"] as string | undefined,
        signatureOk: verifyWebhook(SECRET, raw, req.headers[SIGNATURE_HEADER] as string),
        body: JSON.parse(raw),
      });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  await drain(worker()); // webhooks other files left queued
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("webhooks", () => {
  it("an administrator's subscription gets each subscribed change, signed, retried after failures", async () => {
    const admin = await actorByPersonalId("072083300002");
    await expect(
      createWebhookByAdmin(admin, { url: "not a url", secret: SECRET, topics: ["dossier.new"] }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", message: "Địa chỉ webhook phải là URL http(s) đầy đủ." });
    await expect(
      createWebhookByAdmin(await seedCitizen(), { url, secret: SECRET, topics: ["dossier.new"] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const sub = await createWebhookByAdmin(admin, {
      url,
      secret: SECRET,
      topics: ["dossier.receiving", "dossier.new"],
    });
    expect((await listAllWebhooks(admin)).some((w) => w.id === sub.id)).toBe(true);

    const citizen = await seedCitizen();
    const id = await seedCompleteDraft(citizen);
    const { code } = await submitDossier(citizen, id);
    await takeStaffAction(await actorByPersonalId("072085100001"), id, "RECEIVE", { version: await version(id) });
    await takeStaffAction(await actorByPersonalId("072086100002"), id, "START_PROCESSING", {
      version: await version(id),
    });
    const rows = await db.outboxMessage.findMany({
      where: { dossierId: id, channel: "WEBHOOK" },
      orderBy: { seq: "asc" },
    });
    expect(rows.map((r) => r.topic)).toEqual(["dossier.receiving", "dossier.new"]); // not subscribed to "processing"
    expect(JSON.stringify(rows.map((r) => r.payload))).not.toContain(SECRET);

    failNext = 2;
    await drain(worker());
    expect(
      (await db.outboxMessage.findMany({ where: { id: { in: rows.map((r) => r.id) } } })).every(
        (r) => r.state === "PENDING" && r.attempts === 1 && r.lastError?.includes("HTTP 500"),
      ),
    ).toBe(true);
    await db.outboxMessage.updateMany({
      where: { id: { in: rows.map((r) => r.id) } },
      data: { nextAttemptAt: new Date(Date.now() - 1000) },
    });
    await drain(worker());
    const mine = received.filter((r) => r.body.data.code === code);
    expect(mine.map((r) => r.body.topic).sort()).toEqual(["dossier.new", "dossier.receiving"]);
    expect(mine.every((r) => r.signatureOk)).toBe(true);
    expect(mine.map((r) => r.key).sort()).toEqual(rows.map((r) => r.id).sort());
    expect(mine.find((r) => r.body.topic === "dossier.new")!.body.data).toMatchObject({
      status: "new",
      previousStatus: "receiving",
      statusLabel: "Được tiếp nhận",
    });
    expect(JSON.stringify(mine)).not.toContain(citizen.fullName);

    // A wrong secret does not verify: the signature really covers the body.
    expect(verifyWebhook("another-secret-another-secret-another-1", JSON.stringify(mine[0].body), null)).toBe(false);

    await deleteWebhookByAdmin(admin, sub.id);
    await expect(deleteWebhookByAdmin(admin, sub.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("writes nothing for a change that rolled back, and nothing is sent to a deleted subscription", async () => {
    const admin = await actorByPersonalId("072083300002");
    const sub = await createWebhookByAdmin(admin, { url, secret: SECRET, topics: ["dossier.receiving"] });
    const citizen = await seedCitizen();
    const id = await seedCompleteDraft(citizen);
    await db.dossier.update({ where: { id }, data: { formData: {} } }); // submission will be refused
    await expect(submitDossier(citizen, id)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await db.outboxMessage.count({ where: { dossierId: id } })).toBe(0);

    const other = await seedCitizen();
    const id2 = await seedCompleteDraft(other);
    const { code } = await submitDossier(other, id2);
    await deleteWebhookByAdmin(admin, sub.id);
    await drain(worker());
    expect(received.some((r) => r.body.data.code === code)).toBe(false);
    expect((await db.outboxMessage.findFirstOrThrow({ where: { dossierId: id2, channel: "WEBHOOK" } })).state).toBe(
      "SENT",
    );
  });
});
