// The national-portal status sync and the outbox under faults, against real servers: the
// national stand-in (HTTP), the development mail catcher (SMTP) and a real worker process
// (scripts/worker.ts, killed with SIGKILL). No timing assumptions: every wait is for a condition.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { webhookSender } from "../../lib/notifications/webhooks/sender";
import { db } from "../../lib/db";
import { startMailCatcher, type MailCatcher } from "../../lib/dev-mail/catcher";
import { readMails } from "../../lib/dev-mail/store";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { takeStaffAction } from "../../lib/processing/take-staff-action";
import { startNationalStandin, type NationalStandin } from "../../lib/national-portal-standin/server";
import { readPushes } from "../../lib/national-portal-standin/store";
import { emailSender } from "../../lib/notifications/channels/email";
import { nationalPortalSender } from "../../lib/notifications/channels/national-portal";
import { smsSender } from "../../lib/notifications/channels/sms";
import { messageIdFor } from "../../lib/notifications/message-id";
import { listStuckNationalSyncs, retryNationalSyncNow } from "../../lib/notifications/national-sync";
import type { Senders } from "../../lib/notifications/sender";
import { drain, type WorkerOptions } from "../../lib/notifications/worker";
import { actorByPersonalId, seedCitizen, seedCompleteDraft } from "../support/seed-helpers";

const FROM = "Cổng DVC Tây Ninh <khong-tra-loi@dichvucong.tayninh.gov.vn>";
const COUNTER = "072085100001"; // Phạm Thị Dung, UBND phường Tân Ninh
const SPECIALIST = "072086100002";

let dir: string;
let standin: NationalStandin;
let catcher: MailCatcher;
let smtpPort: number;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });

const senders = (): Senders => ({
  EMAIL: emailSender({ smtpUrl: `smtp://127.0.0.1:${smtpPort}`, from: FROM, appUrl: "http://localhost:3000" }),
  SMS: smsSender({ sinkFile: path.join(dir, "sms.jsonl"), appUrl: "http://localhost:3000" }),
  NATIONAL_PORTAL: nationalPortalSender(standin.url),
  WEBHOOK: webhookSender(db),
});
const worker = (over: Partial<WorkerOptions> = {}): WorkerOptions => ({
  db,
  senders: senders(),
  maxAttempts: 8,
  retryBaseMs: 60_000,
  leaseMs: 60_000,
  ...over,
});

async function waitFor(what: string, condition: () => Promise<boolean> | boolean, timeoutMs = 90_000) {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`Timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const version = async (id: string) =>
  (await db.dossier.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

/** n dossiers taken through submitted → received → processing: three national pushes each. */
async function movedDossiers(n: number) {
  const counter = await actorByPersonalId(COUNTER);
  const specialist = await actorByPersonalId(SPECIALIST);
  const out: { id: string; code: string }[] = [];
  for (let i = 0; i < n; i++) {
    const citizen = await seedCitizen();
    const id = await seedCompleteDraft(citizen);
    const { code } = await submitDossier(citizen, id);
    await takeStaffAction(counter, id, "RECEIVE", { version: await version(id) });
    await takeStaffAction(specialist, id, "START_PROCESSING", { version: await version(id) });
    out.push({ id, code });
  }
  return out;
}
const EXPECTED = ["receiving", "new", "processing"];

const syncRows = (ids: string[]) =>
  db.outboxMessage.findMany({ where: { dossierId: { in: ids }, channel: "NATIONAL_PORTAL" }, orderBy: { seq: "asc" } });
/** The statuses the stand-in stored for one dossier, in arrival order. */
const storedStatuses = (code: string) =>
  readPushes(path.join(dir, "national"))
    .filter((p) => p.body.dossierCode === code)
    .map((p) => p.body.status);
const makeDue = (ids: string[]) =>
  db.outboxMessage.updateMany({
    where: { dossierId: { in: ids }, state: "PENDING" },
    data: { nextAttemptAt: new Date(Date.now() - 1000) },
  });

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "dvc-national-"));
  standin = await startNationalStandin({ port: 0, dir: path.join(dir, "national") });
  smtpPort = await freePort();
  catcher = await startMailCatcher({ port: smtpPort, dir: path.join(dir, "mail") });
});
afterAll(async () => {
  await standin.close();
  await catcher.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  standin.setMode("ok");
  // What other test files left queued goes out first, so each test sees only its own rows.
  await db.outboxMessage.updateMany({
    where: { state: "PENDING" },
    data: { nextAttemptAt: new Date(Date.now() - 1000) },
  });
  await drain(worker());
});

describe("status sync to the national portal", () => {
  it("pushes every status change with its national code, in order, once", async () => {
    const [d] = await movedDossiers(1);
    await drain(worker());
    expect(storedStatuses(d.code)).toEqual(EXPECTED);
    const pushes = readPushes(path.join(dir, "national")).filter((p) => p.body.dossierCode === d.code);
    expect(pushes.map((p) => p.body)).toEqual([
      expect.objectContaining({
        status: "receiving",
        statusName: "Mới đăng ký",
        previousStatus: null,
        changedAt: expect.any(String),
      }),
      expect.objectContaining({ status: "new", statusName: "Được tiếp nhận", previousStatus: "receiving" }),
      expect.objectContaining({ status: "processing", statusName: "Đang xử lý", previousStatus: "new" }),
    ]);
    const rows = await syncRows([d.id]);
    expect(pushes.map((p) => p.idempotencyKey)).toEqual(rows.map((r) => r.id));
  });

  it("queues pushes while the national endpoint fails (never FAILED) and delivers them in order per dossier after it recovers", async () => {
    const dossiers = await movedDossiers(8);
    const ids = dossiers.map((d) => d.id);
    standin.setMode("fail");
    // Several failing rounds, with a maximum of one attempt: the national channel is never cut off.
    for (let round = 0; round < 3; round++) {
      await makeDue(ids);
      await drain(worker({ maxAttempts: 1 }));
    }
    const waiting = await syncRows(ids);
    expect(waiting).toHaveLength(24);
    expect(waiting.every((m) => m.state === "PENDING")).toBe(true);
    // Only each dossier's first push was tried; the later ones waited behind it, untried.
    for (const d of dossiers) {
      const mine = waiting.filter((m) => m.dossierId === d.id);
      expect(mine.map((m) => m.attempts)).toEqual([3, 0, 0]);
      expect(mine[0].lastError).toContain("HTTP 503");
    }
    expect(dossiers.every((d) => storedStatuses(d.code).length === 0)).toBe(true);

    // The administrator sees each stuck first push with its reason (citizens see nothing) and
    // can ask for an attempt now.
    const admin = await actorByPersonalId("072083300002");
    const stuck = (await listStuckNationalSyncs(admin)).filter((m) => ids.includes(m.dossier!.id));
    expect(stuck.map((m) => m.id).sort()).toEqual(
      dossiers.map((d) => waiting.find((m) => m.dossierId === d.id)!.id).sort(),
    );
    expect(stuck.every((m) => m.attempts === 3 && m.lastError?.includes("503"))).toBe(true);
    await expect(listStuckNationalSyncs(await seedCitizen())).rejects.toMatchObject({ code: "NOT_FOUND" });
    await retryNationalSyncNow(admin, stuck[0].id);
    expect(
      (await db.outboxMessage.findUniqueOrThrow({ where: { id: stuck[0].id } })).nextAttemptAt.getTime(),
    ).toBeLessThanOrEqual(Date.now());

    standin.setMode("ok");
    await makeDue(ids);
    await drain(worker({ maxAttempts: 1 }));
    const sent = await syncRows(ids);
    expect(sent.every((m) => m.state === "SENT")).toBe(true);
    for (const d of dossiers) expect(storedStatuses(d.code)).toEqual(EXPECTED);
    const keys = standin.deliveries
      .filter((p) => sent.some((m) => m.id === p.idempotencyKey))
      .map((p) => p.idempotencyKey);
    expect(new Set(keys).size).toBe(24);
    expect(keys).toHaveLength(24); // nothing was delivered twice
  });

  it("two workers running at once deliver each push once, still in order per dossier", async () => {
    const dossiers = await movedDossiers(12);
    const ids = dossiers.map((d) => d.id);
    await Promise.all([
      drain(worker({ batchSize: 2 })),
      drain(worker({ batchSize: 2 })),
      drain(worker({ batchSize: 5 })),
    ]);
    const rows = await syncRows(ids);
    expect(rows.every((m) => m.state === "SENT" && m.attempts === 1)).toBe(true);
    for (const d of dossiers) expect(storedStatuses(d.code)).toEqual(EXPECTED);
    const keys = standin.deliveries.map((p) => p.idempotencyKey).filter((k) => rows.some((m) => m.id === k));
    expect(keys).toHaveLength(rows.length);
    expect(new Set(keys).size).toBe(rows.length);
  });
});

describe("a worker process killed with SIGKILL in the middle of a batch", () => {
  let child: ChildProcess | null = null;
  afterAll(() => {
    child?.kill("SIGKILL");
  });

  it("loses nothing, and what it sent before dying is absorbed by idempotency", async () => {
    const dossiers = await movedDossiers(6);
    const ids = dossiers.map((d) => d.id);
    const before = standin.deliveries.length;
    // The stand-in acknowledges two pushes, then keeps every later connection open without an
    // answer: the worker has sent them (several dossiers' side by side) and waits — the worst
    // moment to die.
    standin.holdAfter(2);

    child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], {
      env: {
        ...process.env,
        NATIONAL_PORTAL_URL: standin.url,
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        MAIL_FROM: FROM,
        SMS_SINK_FILE: path.join(dir, "sms-child.jsonl"),
        OUTBOX_LEASE_SECONDS: "2",
        OUTBOX_POLL_MS: "100",
        OUTBOX_RETRY_BASE_MS: "100",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout!.on("data", (c) => (output += c));
    child.stderr!.on("data", (c) => (output += c));
    await waitFor(
      `the worker process to send a push the stand-in holds (output: ${output})`,
      () => standin.heldCount() > 0,
    );
    const exited = new Promise((resolve) => child!.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
    child = null;

    const held = standin.deliveries.slice(before + 2).map((p) => p.idempotencyKey);
    expect(held.length).toBeGreaterThan(0);
    for (const id of held) expect((await db.outboxMessage.findUniqueOrThrow({ where: { id } })).state).toBe("PENDING"); // sent, never marked

    standin.setMode("ok");
    // Another worker takes over; the dead one's leased row comes back once its lease runs out.
    await waitFor("every push and mail of these dossiers to be SENT", async () => {
      await drain(worker({ leaseMs: 2_000 }));
      return (await db.outboxMessage.count({ where: { dossierId: { in: ids }, state: { not: "SENT" } } })) === 0;
    });

    const rows = await syncRows(ids);
    for (const d of dossiers) expect(storedStatuses(d.code)).toEqual(EXPECTED);
    const keys = standin.deliveries.slice(before).map((p) => p.idempotencyKey);
    expect(new Set(keys.filter((k) => rows.some((r) => r.id === k))).size).toBe(rows.length);
    // Each held push went out twice (before the crash and after); the stand-in kept one copy.
    for (const id of held) {
      expect(keys.filter((k) => k === id)).toHaveLength(2);
      expect(readPushes(path.join(dir, "national")).filter((p) => p.idempotencyKey === id)).toHaveLength(1);
    }
    expect(keys.length).toBe(rows.length + held.length);

    const mails = await db.outboxMessage.findMany({ where: { dossierId: { in: ids }, channel: "EMAIL" } });
    expect(mails.length).toBeGreaterThan(0);
    const inbox = readMails(path.join(dir, "mail"));
    for (const m of mails) expect(inbox.filter((x) => x.messageId === messageIdFor(m.id, FROM))).toHaveLength(1);
  });
});
