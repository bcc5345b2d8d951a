// The audit trail and the security log are append-only and hash-chained by the database
// (migration 20261208004000_security_log, docs/decisions/023-tamper-evident-logs.md).
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { recordSecurityEvent, securityTarget } from "../../lib/security-log/record";
import { verifyAllChains, verifyChain, CHAINED_TABLES, describeReport } from "../../lib/security-log/verify";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { seedCitizen, seedCompleteDraft } from "../support/seed-helpers";

const url = process.env.DATABASE_URL!;
const [dossierEvents, securityEvents] = CHAINED_TABLES;

/** A raw connection as the test cluster's superuser, the one who can switch the triggers off. */
let superuser: pg.Client;
beforeAll(async () => {
  superuser = new pg.Client({ connectionString: url });
  await superuser.connect();
});
afterAll(() => superuser.end());

/** Runs `sql` with every trigger off, as an intruder with superuser rights would. */
async function behindTheAppsBack(sql: string, params: unknown[] = []) {
  await superuser.query("SET session_replication_role = replica");
  try {
    await superuser.query(sql, params);
  } finally {
    await superuser.query("SET session_replication_role = DEFAULT");
  }
}

async function submittedDossier() {
  const citizen = await seedCitizen();
  const id = await seedCompleteDraft(citizen);
  await submitDossier(citizen, id);
  return { citizen, id };
}

describe("the hash chains", () => {
  it("seal every row, concurrent appends included, with positions that have no gaps", async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        recordSecurityEvent({ type: "ADMIN_CHANGE", target: securityTarget.record("test", String(i)), details: { i } }),
      ),
    );
    const { id } = await submittedDossier();
    const event = await db.dossierEvent.findFirstOrThrow({ where: { dossierId: id } });
    expect(event.hash).toMatch(/^[0-9a-f]{64}$/);

    const rows = await db.securityEvent.findMany({
      orderBy: { seq: "asc" },
      select: { seq: true, prevHash: true, hash: true },
    });
    expect(rows.map((r) => Number(r.seq))).toEqual(rows.map((_, i) => i + 1));
    for (let i = 1; i < rows.length; i++) expect(rows[i].prevHash).toBe(rows[i - 1].hash);

    const reports = await verifyAllChains(db);
    expect(reports.map((r) => r.broken)).toEqual([null, null]);
    expect(describeReport(reports[1])).toBe(`SecurityEvent: intact, ${rows.length} rows.`);
  });

  it("refuse UPDATE, DELETE and TRUNCATE, even from the tables' owner", async () => {
    const { id } = await submittedDossier();
    const event = await db.dossierEvent.findFirstOrThrow({ where: { dossierId: id } });
    await recordSecurityEvent({ type: "ACCESS_DENIED", target: securityTarget.dossier(id) });
    const refused = /append-only/;
    await expect(db.dossierEvent.update({ where: { id: event.id }, data: { note: "sửa" } })).rejects.toThrow(refused);
    await expect(db.dossierEvent.delete({ where: { id: event.id } })).rejects.toThrow(refused);
    await expect(db.securityEvent.updateMany({ data: { ip: "1.2.3.4" } })).rejects.toThrow(refused);
    await expect(db.securityEvent.deleteMany({})).rejects.toThrow(refused);
    await expect(db.auditChainHead.updateMany({ data: { seq: 0 } })).rejects.toThrow(refused);
    for (const table of ["DossierEvent", "SecurityEvent", "DossierAccess", "AuditChainHead"]) {
      await expect(db.$executeRawUnsafe(`TRUNCATE "${table}" CASCADE`)).rejects.toThrow(refused);
    }
    // A row handed in already "sealed" cannot take a place in the chain either.
    await expect(
      db.securityEvent.create({ data: { type: "SIGN_IN", seq: 999_999n, prevHash: "", hash: "0".repeat(64) } }),
    ).rejects.toThrow(refused);
    expect((await db.dossierEvent.findUniqueOrThrow({ where: { id: event.id } })).note).toBe(event.note);
  });

  it("report a row changed behind the application's back, and its table, id and time", async () => {
    const { id } = await submittedDossier();
    const event = await db.dossierEvent.findFirstOrThrow({ where: { dossierId: id } });
    await behindTheAppsBack(`UPDATE "DossierEvent" SET note = 'đã sửa' WHERE id = $1`, [event.id]);
    try {
      const report = await verifyChain(db, dossierEvents);
      expect(report.broken).toEqual({
        table: "DossierEvent",
        id: event.id,
        at: event.createdAt,
        seq: event.seq,
        reason: "CONTENT",
      });
      expect(describeReport(report)).toContain(
        `BROKEN at id ${event.id}, position ${event.seq}, written ${event.createdAt.toISOString()}`,
      );
    } finally {
      await behindTheAppsBack(`UPDATE "DossierEvent" SET note = $2 WHERE id = $1`, [event.id, event.note]);
    }
    expect((await verifyChain(db, dossierEvents)).broken).toBeNull();
  });

  it("report a deleted row, a recomputed row and a removed tail", async () => {
    for (let i = 0; i < 3; i++) await recordSecurityEvent({ type: "SIGN_OUT", target: securityTarget.user(`u${i}`) });
    const [last, middle] = await db.securityEvent.findMany({ orderBy: { seq: "desc" }, take: 2 });
    const columns = `id, at, type, "actorUserId", ip, target, details, seq, "prevHash", hash`;
    const copy = `INSERT INTO "SecurityEvent" (${columns}) SELECT ${columns} FROM json_populate_record(null::"SecurityEvent", $1)`;

    await behindTheAppsBack(`DELETE FROM "SecurityEvent" WHERE id = $1`, [middle.id]);
    expect((await verifyChain(db, securityEvents)).broken).toMatchObject({ id: last.id, reason: "MISSING_ROWS" });
    await behindTheAppsBack(copy, [JSON.stringify({ ...middle, seq: String(middle.seq) })]);

    // Someone who recomputes the changed row's own hash still breaks the next link.
    await behindTheAppsBack(
      `UPDATE "SecurityEvent" SET target = 'user:someone-else', hash = audit_link("prevHash", seq, to_jsonb("SecurityEvent") || '{"target":"user:someone-else"}') WHERE id = $1`,
      [middle.id],
    );
    expect((await verifyChain(db, securityEvents)).broken).toMatchObject({ id: last.id, reason: "PREVIOUS_HASH" });
    await behindTheAppsBack(`UPDATE "SecurityEvent" SET target = $2, hash = $3 WHERE id = $1`, [
      middle.id,
      middle.target,
      middle.hash,
    ]);

    await behindTheAppsBack(`DELETE FROM "SecurityEvent" WHERE id = $1`, [last.id]);
    expect((await verifyChain(db, securityEvents)).broken).toMatchObject({ id: null, reason: "TAIL_REMOVED" });
    await behindTheAppsBack(copy, [JSON.stringify({ ...last, seq: String(last.seq) })]);
    expect((await verifyAllChains(db)).map((r) => r.broken)).toEqual([null, null]);
  });

  it("keep a dossier's trail when the dossier is deleted", async () => {
    const { id } = await submittedDossier();
    const before = await db.dossierEvent.findMany({ where: { dossierId: id } });
    expect(before.length).toBeGreaterThan(0);
    await db.dossier.delete({ where: { id } });
    expect(await db.dossier.count({ where: { id } })).toBe(0);
    expect(await db.dossierEvent.findMany({ where: { dossierId: id } })).toEqual(before);
    expect((await verifyChain(db, dossierEvents)).broken).toBeNull();
  });
});

describe("the application's database role in production (README, Audit and security logs)", () => {
  const role = "dvc_app_audit_test";
  let app: pg.Client;
  beforeAll(async () => {
    await superuser.query(`DROP ROLE IF EXISTS ${role}`).catch(() => undefined);
    await superuser.query(`CREATE ROLE ${role} LOGIN`);
    // The grants the README gives the application's role.
    await superuser.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
    await superuser.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
    await superuser.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    await superuser.query(
      `REVOKE UPDATE, DELETE, TRUNCATE ON "DossierEvent", "SecurityEvent", "DossierAccess", "AuditChainHead" FROM ${role}`,
    );
    await superuser.query(`REVOKE INSERT ON "AuditChainHead" FROM ${role}`);
    const asApp = new URL(url);
    asApp.username = role;
    app = new pg.Client({ connectionString: asApp.toString() });
    await app.connect();
  });
  afterAll(async () => {
    await app.end();
    await superuser.query(`DROP OWNED BY ${role}`);
    await superuser.query(`DROP ROLE ${role}`);
  });

  it("appends (the seal runs with the owner's rights) and may not change or delete a row", async () => {
    const { rows } = await app.query(
      `INSERT INTO "SecurityEvent" (id, type, target) VALUES ('role-test-1', 'SIGN_IN', 'user:x') RETURNING id`,
    );
    expect(rows).toEqual([{ id: "role-test-1" }]);
    const sealed = await db.securityEvent.findUniqueOrThrow({ where: { id: "role-test-1" } });
    expect(sealed.hash).toMatch(/^[0-9a-f]{64}$/);
    await expect(app.query(`UPDATE "SecurityEvent" SET ip = '1.1.1.1' WHERE id = 'role-test-1'`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(app.query(`DELETE FROM "DossierEvent"`)).rejects.toThrow(/permission denied/);
    await expect(app.query(`UPDATE "AuditChainHead" SET seq = 0`)).rejects.toThrow(/permission denied/);
    expect((await verifyAllChains(db)).map((r) => r.broken)).toEqual([null, null]);
  });
});
