import "server-only";
import type { Tx } from "../../db/create-client";
import type { Prisma } from "../../generated/prisma/client";
import type { OutboxRow } from "../enqueue";
import { webhookTopic } from "./topics";

/** An active subscription to a topic: where its WEBHOOK rows go. */
export type WebhookTarget = { id: string; url: string };

/** The active subscriptions to `topic`. */
export function webhookTargets(tx: Tx, topic: string): Promise<WebhookTarget[]> {
  return tx.webhookSubscription.findMany({
    where: { active: true, topics: { has: topic } },
    select: { id: true, url: true },
  });
}

/** The subscriptions a change to the status of national code `nationalCode` notifies: none for a status that is not synced (DRAFT). */
export async function statusWebhooks(tx: Tx, nationalCode: string | null): Promise<WebhookTarget[]> {
  return nationalCode ? webhookTargets(tx, webhookTopic(nationalCode)) : [];
}

/**
 * One WEBHOOK outbox row per subscription to `topic`, for the caller to write in its
 * transaction: a change that rolls back notifies no one, and one that commits reaches every
 * subscriber (delivered, signed and retried, by the outbox worker: lib/notifications/webhooks/sender.ts).
 */
export function webhookMessages(
  targets: WebhookTarget[],
  dossierId: string,
  topic: string,
  event: Prisma.InputJsonObject,
): OutboxRow[] {
  return targets.map((s) => ({
    dossierId,
    channel: "WEBHOOK" as const,
    topic,
    recipient: s.url,
    payload: { subscriptionId: s.id, event },
  }));
}
