// Seals personal data at rest and keeps it sealed under the newest key: one pass over every
// sealed column that seals what is still clear (rows written before the 20261208005000
// migration), re-seals what another key sealed, and fills the keyed hashes. Idempotent: run by
// `npm run db:migrate` and `npm start` after the migrations, and by `npm run pii:rotate`
// (docs/decisions/021-personal-data-at-rest.md, README "Personal data and keys").
import { createPrismaClient, type Db } from "../../lib/db/create-client";
import type { Keyring } from "../../lib/crypto/field-cipher";
import {
  openIdNumber,
  openWebhookSecret,
  piiKeyring,
  sealIdNumber,
  sealWebhookSecret,
} from "../../lib/crypto/personal-data";

const BATCH = 500;

export type SealOptions = {
  /** Recompute every keyed hash, not only the missing ones: after PII_HASH_KEY changed. */
  rehash?: boolean;
};

/** Rows changed per table. */
export type SealReport = Record<"users" | "dossiers" | "shipmentEvents" | "webhooks", number>;

/**
 * Brings every sealed column under `ring`'s current key. Rows are read in batches of those not yet
 * in the wanted state (so a second run reads nothing) and written back with one UPDATE per batch.
 */
export async function sealPersonalData(db: Db, ring: Keyring = piiKeyring(), options: SealOptions = {}) {
  const current = `v1:${ring.currentKid}:`;
  const stale = { not: { startsWith: current } };
  const report: SealReport = { users: 0, dossiers: 0, shipmentEvents: 0, webhooks: 0 };
  const rehash = options.rehash ?? false;

  // Hash rehashing walks by id so each row is written once per run.
  let after = "";
  for (;;) {
    const users = await db.user.findMany({
      where: {
        personalId: { not: null },
        id: { gt: after },
        ...(rehash ? {} : { OR: [{ personalId: stale }, { personalIdHash: null }] }),
      },
      select: { id: true, personalId: true },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (users.length === 0) break;
    after = users[users.length - 1].id;
    const rows = users.map((u) => {
      const clear = openIdNumber(u.personalId!, ring);
      return { id: u.id, ...sealIdNumber(clear, ring) };
    });
    await db.$executeRaw`
      UPDATE "User" u SET "personalId" = v.sealed, "personalIdHash" = v.hash
      FROM unnest(${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.sealed)}::text[], ${rows.map((r) => r.hash)}::text[]) AS v(id, sealed, hash)
      WHERE u.id = v.id`;
    report.users += rows.length;
  }

  after = "";
  for (;;) {
    const dossiers = await db.dossier.findMany({
      where: {
        id: { gt: after },
        ...(rehash ? {} : { OR: [{ applicantPersonalId: stale }, { applicantPersonalIdHash: null }] }),
      },
      select: { id: true, applicantPersonalId: true },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (dossiers.length === 0) break;
    after = dossiers[dossiers.length - 1].id;
    const rows = dossiers.map((d) => ({ id: d.id, ...sealIdNumber(openIdNumber(d.applicantPersonalId, ring), ring) }));
    await db.$executeRaw`
      UPDATE "Dossier" d SET "applicantPersonalId" = v.sealed, "applicantPersonalIdHash" = v.hash
      FROM unnest(${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.sealed)}::text[], ${rows.map((r) => r.hash)}::text[]) AS v(id, sealed, hash)
      WHERE d.id = v.id`;
    report.dossiers += rows.length;
  }

  for (;;) {
    const events = await db.shipmentEvent.findMany({
      where: { recipientIdNumber: stale },
      select: { id: true, recipientIdNumber: true },
      take: BATCH,
    });
    if (events.length === 0) break;
    const rows = events.map((e) => ({
      id: e.id,
      sealed: sealIdNumber(openIdNumber(e.recipientIdNumber!, ring), ring).sealed,
    }));
    await db.$executeRaw`
      UPDATE "ShipmentEvent" e SET "recipientIdNumber" = v.sealed
      FROM unnest(${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.sealed)}::text[]) AS v(id, sealed)
      WHERE e.id = v.id`;
    report.shipmentEvents += rows.length;
  }

  for (;;) {
    const hooks = await db.webhookSubscription.findMany({
      where: { secret: stale },
      select: { id: true, secret: true },
      take: BATCH,
    });
    if (hooks.length === 0) break;
    for (const h of hooks) {
      await db.webhookSubscription.update({
        where: { id: h.id },
        data: { secret: sealWebhookSecret(openWebhookSecret(h.secret, ring), ring) },
      });
    }
    report.webhooks += hooks.length;
  }
  return report;
}

/** The same for a database URL (the migration step of `npm run db:migrate` and `npm start`). */
export async function sealPersonalDataAt(url: string, options: SealOptions = {}): Promise<SealReport> {
  const db = createPrismaClient(url, 1);
  try {
    const report = await sealPersonalData(db, piiKeyring(), options);
    const changed = Object.entries(report).filter(([, n]) => n > 0);
    if (changed.length) console.log(`› Personal data sealed: ${changed.map(([t, n]) => `${t} ${n}`).join(", ")}`);
    return report;
  } finally {
    await db.$disconnect();
  }
}
