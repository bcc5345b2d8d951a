import type { Db } from "../db/create-client";

// Storage limitation (NĐ 13/2023/NĐ-CP Art. 3(6), personal data kept no longer than its purpose
// needs): a delivered notification's body (payload: names, codes, addresses of the message),
// its recipient (e-mail address, phone number) and the errors of its attempts (a mail server's
// "550 <address> unknown") are needed while it is being delivered and for the questions that
// follow; after NOTIFICATION_PII_RETENTION_DAYS (90 by default) only the metadata stays:
// channel, topic, dossier, state, times and number of attempts. Rows not delivered (PENDING,
// FAILED) keep everything: they may still be sent or resent.

export const PURGED_RECIPIENT = "";

/**
 * Purges the personal data of the rows delivered before `now - retentionDays`, in batches, once
 * per row (piiPurgedAt). Returns how many rows were purged. `now` is passed in (tests move it).
 */
export async function purgeDeliveredNotifications(
  db: Db,
  { now, retentionDays, batch = 1000 }: { now: Date; retentionDays: number; batch?: number },
): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 24 * 3600 * 1000);
  let total = 0;
  for (;;) {
    const purged = await db.$executeRaw`
      WITH due AS (
        SELECT "id" FROM "OutboxMessage"
        WHERE "state" = 'SENT' AND "sentAt" < ${cutoff} AND "piiPurgedAt" IS NULL
        ORDER BY "sentAt" LIMIT ${batch}
        FOR UPDATE SKIP LOCKED
      ), attempts AS (
        UPDATE "OutboxAttempt" SET "error" = NULL WHERE "messageId" IN (SELECT "id" FROM due) AND "error" IS NOT NULL
      )
      UPDATE "OutboxMessage" m
      SET "recipient" = ${PURGED_RECIPIENT}, "payload" = '{}'::jsonb, "lastError" = NULL, "piiPurgedAt" = ${now}
      FROM due WHERE m."id" = due."id"`;
    total += purged;
    if (purged < batch) return total;
  }
}
