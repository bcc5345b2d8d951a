import "server-only";
import type { Tx } from "../db/create-client";
import type { OutboxChannel, Prisma } from "../generated/prisma/client";

/** One message for the outbox worker (lib/notifications/worker.ts) to deliver. */
export type OutboxRow = {
  dossierId: string | null;
  channel: OutboxChannel;
  topic: string;
  recipient: string;
  payload: Prisma.InputJsonObject;
};

/**
 * Writes a change's outbox rows in the caller's transaction, in one statement and in the order
 * given: their `seq` follows that order, and the worker delivers a dossier's messages by `seq`.
 *
 * Plain SQL rather than `createMany`: Prisma compiles a `createMany` afresh on every call (its
 * plan cache skips them, prisma/orm#29382), which cost 1.6–2.6 ms of CPU for the three rows of
 * a submission against 0.4 ms for this statement; every status change writes them
 * (docs/performance.md, "Submission").
 */
export async function enqueueOutboxMessages(tx: Tx, rows: OutboxRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "OutboxMessage" ("id", "dossierId", "channel", "topic", "recipient", "payload")
    SELECT gen_random_uuid()::text, m.value->>'dossierId', (m.value->>'channel')::"OutboxChannel", m.value->>'topic', m.value->>'recipient', m.value->'payload'
    FROM jsonb_array_elements(${JSON.stringify(rows)}::jsonb) WITH ORDINALITY AS m(value, n)
    ORDER BY m.n`;
}
