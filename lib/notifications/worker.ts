import "server-only";
// The outbox worker: claims due PENDING rows, delivers each through its channel, records the
// attempt and marks the row. Claiming is one short statement with FOR UPDATE SKIP LOCKED, so two
// workers never take the same row; the claim pushes nextAttemptAt forward by a lease instead of
// holding a transaction open across the network call, so a crashed worker's rows come back by
// themselves once the lease runs out (nothing is lost; a resend is absorbed by idempotency).
import { randomUUID } from "node:crypto";
import type { Db } from "../db/create-client";
import { Prisma } from "../generated/prisma/client";
import { OutboxChannel } from "../generated/prisma/enums";
import { retryDelayMs, RETRY_BASE_MS, RETRY_CAP_MS } from "./backoff";
import type { OutgoingMessage, Senders } from "./sender";
import { loggableError } from "../text/redact";

export type WorkerOptions = {
  db: Db;
  senders: Senders;
  maxAttempts: number;
  batchSize?: number;
  /** How long a claimed row is reserved for this worker; longer than a send can take. */
  leaseMs?: number;
  retryBaseMs?: number;
  retryCapMs?: number;
  onError?: (e: unknown) => void;
};

type Claimed = OutgoingMessage & { seq: bigint };

/**
 * Claims due rows. A NATIONAL_PORTAL row is claimable only when every earlier row of its
 * dossier on that channel has been SENT: the national portal must see a dossier's statuses in
 * the order they happened (NĐ 224/2026 sync), so a later status never overtakes an earlier one
 * that is still pending, leased by another worker, or failing (decision 014).
 */
export async function claimDue(
  db: Db,
  channels: OutboxChannel[],
  batchSize: number,
  leaseMs: number,
): Promise<Claimed[]> {
  if (channels.length === 0) return [];
  const claimed = await db.$queryRaw<Claimed[]>`
    UPDATE "OutboxMessage" SET "nextAttemptAt" = now() + make_interval(secs => ${leaseMs / 1000})
    WHERE id IN (
      SELECT m.id FROM "OutboxMessage" m
      WHERE m.state = 'PENDING' AND m."nextAttemptAt" <= now() AND m.channel::text = ANY(${channels})
        AND (m.channel <> 'NATIONAL_PORTAL' OR m."dossierId" IS NULL OR NOT EXISTS (
          SELECT 1 FROM "OutboxMessage" e
          WHERE e."dossierId" = m."dossierId" AND e.channel = 'NATIONAL_PORTAL' AND e.state <> 'SENT' AND e.seq < m.seq
        ))
      ORDER BY m."nextAttemptAt", m.seq
      LIMIT ${batchSize}
      FOR UPDATE OF m SKIP LOCKED
    )
    RETURNING id, channel, topic, recipient, payload, "dossierId", attempts, seq`;
  // RETURNING follows the rows' physical order, not the subquery's: put them back in insertion order.
  return claimed.sort((a, b) => (a.seq < b.seq ? -1 : a.seq > b.seq ? 1 : 0));
}

/**
 * Channels retried until acknowledged instead of ending FAILED: the national sync must arrive
 * (and in order, so a FAILED row would hold back the dossier's later statuses for ever).
 */
export const RETRIED_UNTIL_ACKNOWLEDGED: ReadonlySet<OutboxChannel> = new Set(["NATIONAL_PORTAL"]);

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 1000);

/** Delivers one claimed message and records the outcome; never throws for a delivery failure. */
async function deliver(o: WorkerOptions, m: Claimed): Promise<boolean> {
  const send = o.senders[m.channel];
  if (!send) return false;
  const started = performance.now();
  let error: string | null = null;
  try {
    await send(m);
  } catch (e) {
    error = errorText(e);
  }
  const durationMs = Math.round(performance.now() - started);
  const attempts = m.attempts + 1;
  let outcome: Prisma.Sql;
  if (error === null) {
    outcome = Prisma.sql`"state" = 'SENT', "sentAt" = ${new Date()}, "attempts" = ${attempts}, "lastError" = NULL`;
  } else if (attempts >= o.maxAttempts && !RETRIED_UNTIL_ACKNOWLEDGED.has(m.channel)) {
    outcome = Prisma.sql`"state" = 'FAILED', "attempts" = ${attempts}, "lastError" = ${error}`;
  } else {
    const delay = retryDelayMs(attempts, o.retryBaseMs ?? RETRY_BASE_MS, o.retryCapMs ?? RETRY_CAP_MS);
    outcome = Prisma.sql`"attempts" = ${attempts}, "lastError" = ${error}, "nextAttemptAt" = ${new Date(Date.now() + delay)}`;
  }
  // The attempt and the row's new state in one statement, so atomic without a transaction (a
  // transaction took four statements per message, most of a delivery's CPU at the morning rush).
  // Only a row still PENDING is marked: an administrator's resend or another worker after an
  // expired lease may have moved it on, and their outcome must not be overwritten. The attempt
  // is recorded either way. Its id is a UUID (Prisma's cuid() default applies to its own inserts).
  await o.db.$executeRaw`
    WITH attempt AS (
      INSERT INTO "OutboxAttempt" ("id", "messageId", "at", "ok", "error", "durationMs")
      VALUES (${randomUUID()}, ${m.id}, ${new Date()}, ${error === null}, ${error}, ${durationMs})
    )
    UPDATE "OutboxMessage" SET ${outcome} WHERE "id" = ${m.id} AND "state" = 'PENDING'`;
  return error === null;
}

export type BatchResult = { claimed: number; sent: number; failed: number };

/**
 * Claims and delivers one batch (a small batch keeps the lease meaningful). The dossiers' messages
 * go out side by side, each dossier's own one after the other in the order claimed: a send is
 * mostly waiting (an SMTP exchange, an HTTP call), and one at a time capped the worker at about
 * 20 e-mails a second however idle the machine, below a morning rush's submissions.
 */
export async function runBatch(o: WorkerOptions): Promise<BatchResult> {
  const channels = Object.values(OutboxChannel).filter((c) => o.senders[c]);
  const claimed = await claimDue(o.db, channels, o.batchSize ?? 10, o.leaseMs ?? 5 * 60_000);
  const byDossier = new Map<string, Claimed[]>();
  for (const m of claimed) {
    const key = m.dossierId ?? m.id;
    const group = byDossier.get(key);
    if (group) group.push(m);
    else byDossier.set(key, [m]);
  }
  let sent = 0;
  await Promise.all(
    [...byDossier.values()].map(async (messages) => {
      for (const m of messages) if (await deliver(o, m)) sent += 1;
    }),
  );
  return { claimed: claimed.length, sent, failed: claimed.length - sent };
}

/** Runs batches until nothing is due (tests, and each tick of the loop). */
export async function drain(o: WorkerOptions): Promise<BatchResult> {
  const total = { claimed: 0, sent: 0, failed: 0 };
  for (;;) {
    const r = await runBatch(o);
    if (r.claimed === 0) return total;
    total.claimed += r.claimed;
    total.sent += r.sent;
    total.failed += r.failed;
  }
}

export type RunningWorker = { stop(): Promise<void> };

/**
 * Polls every `intervalMs` until stopped. stop() lets the batch in hand finish (each message is
 * marked as soon as its send ends), then resolves: a SIGTERM loses nothing.
 */
export function startWorker(o: WorkerOptions & { intervalMs?: number }): RunningWorker {
  let stopping = false;
  let wake: (() => void) | null = null;
  const loop = (async () => {
    while (!stopping) {
      try {
        await drain(o);
      } catch (e) {
        (o.onError ?? ((err: unknown) => console.error("Outbox worker:", loggableError(err))))(e);
      }
      if (stopping) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, o.intervalMs ?? 5_000);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  })();
  return {
    async stop() {
      stopping = true;
      wake?.();
      await loop;
    },
  };
}
