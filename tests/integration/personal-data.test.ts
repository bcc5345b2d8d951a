// Personal data at rest: ID numbers (CCCD) and webhook secrets are sealed in the database
// (AES-256-GCM, lib/crypto), found by a keyed hash (sign-in, staff search), re-sealed under a new
// key by `npm run pii:rotate`; delivered notifications lose their body and address after the
// retention period.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseKeyring } from "../../lib/crypto/field-cipher";
import { idNumberHash, openIdNumber, openWebhookSecret, piiKeyring } from "../../lib/crypto/personal-data";
import { db } from "../../lib/db";
import { inboxQuerySchema, listInbox } from "../../lib/dossiers/inbox";
import { dossierNotifications } from "../../lib/notifications/queries";
import { purgeDeliveredNotifications } from "../../lib/notifications/purge-personal-data";
import { createWebhookByAdmin, deleteWebhookByAdmin } from "../../lib/notifications/webhooks/manage";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { sealPersonalData } from "../../scripts/db/seal-personal-data";
import { actorByPersonalId, seedCitizen, seedCompleteDraft } from "../support/seed-helpers";
import { SignInFlow } from "../support/sign-in-flow";
import { TEST_SECRETS } from "../support/test-env";

const AN = "072090000001"; // Nguyễn Văn An, seeded
const COUNTER = "072085100001"; // counter officer of the commune
const PROVINCE_ADMIN = "072083300002";

/** Every stored value of the sealed columns, read past the application. */
async function storedValues() {
  const rows = await db.$queryRaw<{ value: string }[]>`
    SELECT "personalId" AS value FROM "User" WHERE "personalId" IS NOT NULL
    UNION ALL SELECT "applicantPersonalId" FROM "Dossier"
    UNION ALL SELECT "recipientIdNumber" FROM "ShipmentEvent" WHERE "recipientIdNumber" IS NOT NULL
    UNION ALL SELECT "secret" FROM "WebhookSubscription"`;
  return rows.map((r) => r.value);
}

describe("ID numbers at rest", () => {
  let flow: SignInFlow;
  beforeAll(async () => {
    flow = await SignInFlow.start();
  });
  afterAll(async () => flow?.close());

  it("are sealed in the database, never in clear, and open to the right number", async () => {
    const citizen = await seedCitizen();
    const { code } = await submitDossier(citizen, await seedCompleteDraft(citizen));
    const values = await storedValues();
    expect(values.length).toBeGreaterThan(12);
    expect(values.filter((v) => !v.startsWith("v1:"))).toEqual([]);
    expect(values.join("\n")).not.toContain(AN);

    const [an] = await db.$queryRaw<{ personalId: string; personalIdHash: string }[]>`
      SELECT "personalId", "personalIdHash" FROM "User" WHERE "oidcSubject" = ${`vneid-${AN}`}`;
    expect(openIdNumber(an.personalId)).toBe(AN);
    expect(an.personalIdHash).toBe(idNumberHash(AN));
    const [dossier] = await db.$queryRaw<{ applicantPersonalId: string }[]>`
      SELECT "applicantPersonalId" FROM "Dossier" WHERE code = ${code}`;
    expect(openIdNumber(dossier.applicantPersonalId)).toBe(citizen.personalId);
  });

  it("sign-in finds the existing person by the keyed hash and keeps one row", async () => {
    const users = await db.user.count();
    const before = await db.user.findUniqueOrThrow({ where: { personalIdHash: idNumberHash(AN) } });
    const result = await flow.signIn({ fullName: "Nguyễn Văn An" });
    expect(result.sessionCookie).not.toBeNull();
    expect(await db.user.count()).toBe(users);
    const after = await db.user.findUniqueOrThrow({ where: { personalIdHash: idNumberHash(AN) } });
    expect(after.id).toBe(before.id);
    expect(after.lastSignInAt!.getTime()).toBeGreaterThan(before.lastSignInAt?.getTime() ?? 0);
    expect(after.personalId).toMatch(/^v1:test2:/);
    expect(openIdNumber(after.personalId!)).toBe(AN);
  });

  it("staff find a dossier by the ID number typed in clear", async () => {
    const citizen = await seedCitizen("Lâm Thị Định Danh");
    const id = await seedCompleteDraft(citizen);
    await submitDossier(citizen, id);
    const officer = await actorByPersonalId(COUNTER);
    const { items } = await listInbox(officer, inboxQuerySchema.parse({ view: "new", q: citizen.personalId! }));
    expect(items.map((i) => i.id)).toEqual([id]);
  });
});

describe("key rotation (npm run pii:rotate)", () => {
  const run = promisify(execFile);
  const rotate = (keys: string) =>
    run(process.execPath, ["--import", "tsx", "scripts/pii-rotate.ts"], {
      env: { ...process.env, PII_ENCRYPTION_KEYS: keys },
    });

  it("seals clear rows, re-seals every value under the new key, and the old keys can then go", async () => {
    const admin = await actorByPersonalId(PROVINCE_ADMIN);
    const hook = await createWebhookByAdmin(admin, {
      url: "http://127.0.0.1:9/hook",
      secret: "s".repeat(40),
      topics: ["dossier.new"],
    });
    // Rows from before the encryption migration: a clear secret, a clear number without its hash.
    const legacyHook = `legacy-hook-${Date.now()}`;
    await db.$executeRaw`INSERT INTO "WebhookSubscription" ("id", "url", "secret", "topics")
      VALUES (${legacyHook}, 'https://lgsp.tayninh.gov.vn/cu', ${"c".repeat(40)}, ARRAY['dossier.new'])`;
    const legacy = `0992${String(Date.now()).slice(-8)}`;
    await db.$executeRaw`INSERT INTO "User" ("id", "oidcSubject", "personalId", "fullName")
      VALUES (${`legacy-${legacy}`}, ${`vneid-${legacy}`}, ${legacy}, 'Người Cũ')`;

    const fresh = `knew=${randomBytes(32).toString("base64")}`;
    const rotated = `${fresh},${TEST_SECRETS.PII_ENCRYPTION_KEYS}`;
    try {
      const { stdout } = await rotate(rotated);
      expect(stdout).toContain("the others may now be removed");
      const values = await storedValues();
      expect(values.filter((v) => !v.startsWith("v1:knew:"))).toEqual([]);
      // Only the new key: everything still opens.
      const onlyNew = parseKeyring(fresh, TEST_SECRETS.PII_HASH_KEY);
      const users = await db.user.findMany({ where: { personalId: { not: null } }, select: { personalId: true } });
      expect(users.every((u) => /^\d{12}$/.test(openIdNumber(u.personalId!, onlyNew)))).toBe(true);
      const [stored] = await db.$queryRaw<
        { secret: string }[]
      >`SELECT secret FROM "WebhookSubscription" WHERE id = ${hook.id}`;
      expect(openWebhookSecret(stored.secret, onlyNew)).toBe("s".repeat(40));
      const [old] = await db.$queryRaw<
        { secret: string }[]
      >`SELECT secret FROM "WebhookSubscription" WHERE id = ${legacyHook}`;
      expect(old.secret).toMatch(/^v1:knew:/);
      expect(openWebhookSecret(old.secret, onlyNew)).toBe("c".repeat(40));
      expect(() => openIdNumber(users[0].personalId!, piiKeyring(TEST_SECRETS))).toThrow('No key "knew"');
      // The legacy row was sealed and hashed, so sign-in and grants find it.
      const found = await db.user.findUniqueOrThrow({ where: { personalIdHash: idNumberHash(legacy) } });
      expect(openIdNumber(found.personalId!, onlyNew)).toBe(legacy);
      // A second run has nothing left to do.
      expect((await rotate(rotated)).stdout).toContain("already sealed under the first key");
    } finally {
      // Back under the suite's key for the test files that follow (same database).
      await sealPersonalData(
        db,
        parseKeyring(`${TEST_SECRETS.PII_ENCRYPTION_KEYS},${fresh}`, TEST_SECRETS.PII_HASH_KEY),
      );
      await deleteWebhookByAdmin(admin, hook.id);
      await deleteWebhookByAdmin(admin, legacyHook);
    }
    expect((await storedValues()).filter((v) => !v.startsWith("v1:test2:"))).toEqual([]);
  });
});

describe("delivered notifications after the retention period", () => {
  it("keep only their metadata; recent and undelivered ones keep everything", async () => {
    const citizen = await seedCitizen();
    const dossierId = await seedCompleteDraft(citizen);
    const now = new Date(); // passed in: the job reads no clock of its own
    const daysAgo = (d: number) => new Date(now.getTime() - d * 24 * 3600 * 1000);
    const row = (state: "SENT" | "FAILED", sentDaysAgo: number | null, recipient: string) => ({
      dossierId,
      channel: "EMAIL" as const,
      topic: "dossier.received",
      recipient,
      payload: { applicantName: citizen.fullName, code: "X" },
      state,
      attempts: 1,
      lastError: state === "FAILED" ? `550 ${recipient} unknown` : null,
      createdAt: daysAgo((sentDaysAgo ?? 0) + 1),
      sentAt: sentDaysAgo === null ? null : daysAgo(sentDaysAgo),
      attemptLog: { create: { ok: state === "SENT", error: `451 ${recipient} greylisted`, durationMs: 5 } },
    });
    const old = await db.outboxMessage.create({ data: row("SENT", 91, "cu@example.vn") });
    const recent = await db.outboxMessage.create({ data: row("SENT", 89, "moi@example.vn") });
    const failed = await db.outboxMessage.create({ data: row("FAILED", null, "loi@example.vn") });

    expect(await purgeDeliveredNotifications(db, { now, retentionDays: 90 })).toBe(1);
    const [o, r, f] = await Promise.all(
      [old, recent, failed].map((m) =>
        db.outboxMessage.findUniqueOrThrow({ where: { id: m.id }, include: { attemptLog: true } }),
      ),
    );
    expect(o).toMatchObject({
      recipient: "",
      payload: {},
      lastError: null,
      piiPurgedAt: now,
      state: "SENT",
      topic: "dossier.received",
    });
    expect(o.attemptLog.map((a) => a.error)).toEqual([null]);
    expect(JSON.stringify({ ...o, seq: String(o.seq) })).not.toContain(citizen.fullName);
    expect(r).toMatchObject({
      recipient: "moi@example.vn",
      payload: { applicantName: citizen.fullName },
      piiPurgedAt: null,
    });
    expect(r.attemptLog.map((a) => a.error)).toEqual(["451 moi@example.vn greylisted"]);
    expect(f).toMatchObject({
      recipient: "loi@example.vn",
      lastError: "550 loi@example.vn unknown",
      piiPurgedAt: null,
    });

    // Once per row: a later run leaves the purged row as it is.
    expect(await purgeDeliveredNotifications(db, { now, retentionDays: 90 })).toBe(0);
    // The staff's notification history still lists it, without an address.
    const history = await dossierNotifications(dossierId);
    expect(history.map((h) => [h.recipient, h.state])).toEqual([
      [null, "SENT"],
      ["moi@example.vn", "SENT"],
      ["loi@example.vn", "FAILED"],
    ]);
  });
});
