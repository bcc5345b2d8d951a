// The outbox worker against a real PostgreSQL and a real SMTP server (the development mail
// catcher on a free port): nothing sent for a rolled-back change, nothing lost while the mail
// server is down or a worker dies, nothing delivered twice by two workers.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startMailCatcher, type MailCatcher } from "../../lib/dev-mail/catcher";
import { readMails, type CaughtMail } from "../../lib/dev-mail/store";
import { db } from "../../lib/db";
import type { Db } from "../../lib/db/create-client";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { listDossierNotifications } from "../../lib/dossiers/notification-history";
import { notifyApplicant } from "../../lib/notifications/applicant-messages";
import { emailSender } from "../../lib/notifications/channels/email";
import { smsSender } from "../../lib/notifications/channels/sms";
import { resendDelivery } from "../../lib/notifications/commands/resend-delivery";
import { messageIdFor } from "../../lib/notifications/message-id";
import { listFailedDeliveries } from "../../lib/notifications/queries";
import type { Sender, Senders } from "../../lib/notifications/sender";
import { drain, runBatch, type WorkerOptions } from "../../lib/notifications/worker";
import { actorByPersonalId, seedCitizen, seedCompleteDraft } from "../support/seed-helpers";

const FROM = "Cổng DVC Tây Ninh <khong-tra-loi@dichvucong.tayninh.gov.vn>";
const PROVINCE_ADMIN = "072083300002"; // Trịnh Thị Ngọc
const COUNTER_OFFICER_TAN_NINH = "072085100001"; // Phạm Thị Dung

let dir: string;
let port: number;
let catcher: MailCatcher | null = null;
let received: CaughtMail[] = [];

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
const startCatcher = async () => (catcher = await startMailCatcher({ port, dir, onMail: (m) => received.push(m) }));
const stopCatcher = async () => {
  await catcher?.close();
  catcher = null;
};

function senders(email?: Sender): Senders {
  return {
    EMAIL: email ?? emailSender({ smtpUrl: `smtp://127.0.0.1:${port}`, from: FROM, appUrl: "http://localhost:3000" }),
    SMS: smsSender({ sinkFile: path.join(dir, "sms.jsonl"), appUrl: "http://localhost:3000" }),
    NATIONAL_PORTAL: null,
  };
}
const worker = (over: Partial<WorkerOptions> = {}): WorkerOptions => ({
  db,
  senders: senders(),
  maxAttempts: 8,
  retryBaseMs: 60_000,
  ...over,
});

/** Dossiers submitted by fresh citizens: each submission writes one e-mail to the applicant. */
async function submittedDossiers(n: number) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const citizen = await seedCitizen();
    const id = await seedCompleteDraft(citizen);
    await submitDossier(citizen, id);
    ids.push(id);
  }
  return ids;
}
/**
 * Two database handles for two workers whose first claims collide: the first worker's claim runs
 * in a transaction that stays open, its rows locked, until the second worker's claim (started
 * only once the first has claimed) has returned, or for CLAIM_HOLD_MS. Later claims run as usual.
 */
const CLAIM_HOLD_MS = 5_000;
function overlappingClaims() {
  let firstClaimed!: () => void;
  const firstHasClaimed = new Promise<void>((resolve) => (firstClaimed = resolve));
  let secondReturned!: () => void;
  const secondHasReturned = new Promise<void>((resolve) => (secondReturned = resolve));
  let firstOpen = false;
  let overlapped = false;
  const withFirstClaim = (claim: Db["$queryRaw"]): Db => {
    let used = false;
    return new Proxy(db, {
      get(target, prop) {
        if (prop === "$queryRaw" && !used) {
          used = true;
          return claim;
        }
        const value = Reflect.get(target, prop, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  };
  const first = withFirstClaim(((query: TemplateStringsArray, ...values: unknown[]) =>
    db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw(query, ...values);
      firstOpen = true;
      firstClaimed();
      await Promise.race([secondHasReturned, new Promise((resolve) => setTimeout(resolve, CLAIM_HOLD_MS))]);
      firstOpen = false;
      return rows;
    })) as Db["$queryRaw"]);
  const second = withFirstClaim((async (query: TemplateStringsArray, ...values: unknown[]) => {
    await firstHasClaimed;
    const rows = await db.$queryRaw(query, ...values);
    overlapped = firstOpen;
    secondReturned();
    return rows;
  }) as Db["$queryRaw"]);
  return { first, second, secondClaimedWhileFirstOpen: () => overlapped };
}

const emailsOf = (dossierIds: string[]) =>
  db.outboxMessage.findMany({
    where: { dossierId: { in: dossierIds }, channel: "EMAIL" },
    orderBy: { createdAt: "asc" },
  });
const receptionsOf = (outboxId: string) => received.filter((m) => m.messageId === messageIdFor(outboxId, FROM)).length;
const storedOnce = (outboxId: string) =>
  readMails(dir).filter((m) => m.messageId === messageIdFor(outboxId, FROM)).length;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "dvc-mail-"));
  port = await freePort();
  await startCatcher();
});
afterAll(async () => {
  await stopCatcher();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  if (!catcher) await startCatcher();
  await drain(worker()); // what other test files left queued
  received = [];
});

describe("notification delivery (transactional outbox)", () => {
  it("sends nothing for a transaction that rolled back", async () => {
    const citizen = await seedCitizen();
    const id = await seedCompleteDraft(citizen);
    await expect(
      db.$transaction(async (tx) => {
        await notifyApplicant(tx, { id, applicantEmail: null }, "dossier.submit", { code: "X" });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await db.outboxMessage.count({ where: { dossierId: id } })).toBe(0);
    await drain(worker());
    const { email } = await db.user.findUniqueOrThrow({ where: { id: citizen.userId }, select: { email: true } });
    expect(received.filter((m) => m.to.includes(email!))).toEqual([]);
  });

  it("delivers every mail exactly once after the SMTP server comes back (50 dossiers)", async () => {
    await stopCatcher();
    const ids = await submittedDossiers(50);
    const failedRound = await drain(worker());
    expect(failedRound.sent).toBe(failedRound.claimed - 50); // the SMS sink works, every e-mail fails
    const waiting = await emailsOf(ids);
    expect(waiting).toHaveLength(50);
    expect(
      waiting.every((m) => m.state === "PENDING" && m.attempts === 1 && m.lastError && m.nextAttemptAt > new Date()),
    ).toBe(true);

    await startCatcher();
    // The backoff elapses (rather than waiting 30 s): the rows become due again.
    await db.outboxMessage.updateMany({
      where: { id: { in: waiting.map((m) => m.id) } },
      data: { nextAttemptAt: new Date(Date.now() - 1000) },
    });
    await drain(worker());
    const delivered = await emailsOf(ids);
    expect(delivered.every((m) => m.state === "SENT" && m.attempts === 2)).toBe(true);
    for (const m of delivered) expect(receptionsOf(m.id)).toBe(1);
    expect(received.map((m) => m.subject)).toEqual(expect.arrayContaining([expect.stringMatching(/^Đã nộp hồ sơ /)]));
    const attempts = await db.outboxAttempt.groupBy({
      by: ["ok"],
      where: { messageId: { in: delivered.map((m) => m.id) } },
      _count: true,
    });
    expect(Object.fromEntries(attempts.map((a) => [String(a.ok), a._count]))).toEqual({ false: 50, true: 50 });
  });

  it("two workers running at once deliver each message once", async () => {
    const ids = await submittedDossiers(20);
    // The workers' first claims overlap every run: the first one's claim stays open (its rows
    // locked) until the second's has returned. The second must take other rows without waiting
    // (SKIP LOCKED); were it to wait, it would be for the first's timeout.
    const { first, second, secondClaimedWhileFirstOpen } = overlappingClaims();
    await Promise.all([drain(worker({ db: first, batchSize: 3 })), drain(worker({ db: second, batchSize: 3 }))]);
    expect(secondClaimedWhileFirstOpen(), "the second claim returned while the first held its rows").toBe(true);
    const mails = await emailsOf(ids);
    for (const m of mails) {
      expect(m.state).toBe("SENT");
      expect(receptionsOf(m.id)).toBe(1);
    }
    expect(await db.outboxAttempt.count({ where: { messageId: { in: mails.map((m) => m.id) } } })).toBe(20);
  });

  it("loses nothing when a worker dies in the middle of a batch", async () => {
    const ids = await submittedDossiers(5);
    const real = senders().EMAIL!;
    let sentByDying = 0;
    let died: () => void = () => {};
    const dead = new Promise<void>((resolve) => (died = resolve));
    // The five dossiers' mails go out side by side: two are sent and marked; the other three are
    // sent and the worker dies before marking them (the worst moment).
    const dying: Sender = async (m) => {
      await real(m);
      sentByDying += 1;
      if (sentByDying > 2) {
        if (sentByDying === 5) died();
        await new Promise(() => {});
      }
    };
    void runBatch(worker({ senders: { EMAIL: dying }, batchSize: 5 }));
    await dead;
    await expect.poll(async () => (await emailsOf(ids)).filter((m) => m.state === "SENT").length).toBe(2);

    // Its claimed rows are leased: another worker leaves them alone until the lease runs out.
    await drain(worker());
    expect(received).toHaveLength(5);
    expect((await emailsOf(ids)).map((m) => `${m.state}/${m.attempts}`).sort()).toEqual([
      "PENDING/0",
      "PENDING/0",
      "PENDING/0",
      "SENT/1",
      "SENT/1",
    ]);
    await db.outboxMessage.updateMany({
      where: { dossierId: { in: ids }, state: "PENDING", channel: "EMAIL" },
      data: { nextAttemptAt: new Date(Date.now() - 1000) },
    });
    await drain(worker());

    const mails = await emailsOf(ids);
    expect(mails.map((m) => m.state)).toEqual(Array(5).fill("SENT"));
    // The messages sent just before the crash went out again with the same Message-ID:
    // the mailbox keeps one copy of each (idempotent receipt); nothing else went twice.
    expect(mails.map((m) => receptionsOf(m.id)).sort()).toEqual([1, 1, 2, 2, 2]);
    for (const m of mails) expect(storedOnce(m.id)).toBe(1);
  });

  it("sends different dossiers' messages side by side, and each dossier's in order", async () => {
    const ids = await submittedDossiers(4);
    // A second mail for each dossier, queued after its submission mail.
    for (const id of ids)
      await db.$transaction((tx) => notifyApplicant(tx, { id, applicantEmail: null }, "dossier.receive", { code: id }));
    const real = senders().EMAIL!;
    let inFlight = 0;
    let most = 0;
    const order: string[] = [];
    const slow: Sender = async (m) => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, 50));
      await real(m);
      order.push(m.id);
      inFlight -= 1;
    };
    await drain(worker({ senders: { EMAIL: slow, SMS: senders().SMS }, batchSize: 10 }));
    const mails = await emailsOf(ids);
    expect(mails.every((m) => m.state === "SENT")).toBe(true);
    expect(most).toBeGreaterThan(1);
    for (const id of ids) {
      const own = mails.filter((m) => m.dossierId === id);
      expect(own.map((m) => m.topic)).toEqual(["dossier.submit", "dossier.receive"]);
      expect(order.filter((x) => own.some((m) => m.id === x))).toEqual(own.map((m) => m.id));
    }
  });

  it("marks FAILED after the last attempt, lists it for the administrator, and resends it", async () => {
    const [id] = await submittedDossiers(1);
    const refusing: Sender = async () => {
      throw new Error("550 5.1.1 Hộp thư không tồn tại");
    };
    await drain(worker({ senders: senders(refusing), maxAttempts: 3, retryBaseMs: 0 }));
    const [mail] = await emailsOf([id]);
    expect(mail).toMatchObject({ state: "FAILED", attempts: 3, lastError: "550 5.1.1 Hộp thư không tồn tại" });
    expect(await db.outboxAttempt.count({ where: { messageId: mail.id, ok: false } })).toBe(3);

    const admin = await actorByPersonalId(PROVINCE_ADMIN);
    const listed = await listFailedDeliveries(admin);
    expect(listed.find((m) => m.id === mail.id)).toMatchObject({
      attempts: 3,
      lastError: "550 5.1.1 Hộp thư không tồn tại",
      dossier: { id },
    });

    const citizen = await seedCitizen();
    await expect(resendDelivery(citizen, mail.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listFailedDeliveries(citizen)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await resendDelivery(admin, mail.id);
    await expect(resendDelivery(admin, mail.id)).rejects.toMatchObject({ code: "ALREADY_DONE" });
    await drain(worker());
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: mail.id } })).toMatchObject({
      state: "SENT",
      attempts: 1,
      lastError: null,
    });
    expect(receptionsOf(mail.id)).toBe(1);
    expect((await listFailedDeliveries(admin)).some((m) => m.id === mail.id)).toBe(false);

    // The staff of the receiving agency see the history; another citizen does not.
    const officer = await actorByPersonalId(COUNTER_OFFICER_TAN_NINH);
    const history = await listDossierNotifications(officer, id);
    expect(history.find((h) => h.id === mail.id)).toMatchObject({ channel: "EMAIL", state: "SENT" });
    await expect(listDossierNotifications(citizen, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("leaves national-portal rows untouched while no endpoint is configured", async () => {
    const [id] = await submittedDossiers(1);
    await drain(worker());
    const sync = await db.outboxMessage.findMany({ where: { dossierId: id, channel: "NATIONAL_PORTAL" } });
    expect(sync.length).toBeGreaterThan(0);
    expect(sync.every((m) => m.state === "PENDING" && m.attempts === 0)).toBe(true);
  });
});
