import "server-only";
import type { Tx } from "../../db/create-client";
import type { Prisma } from "../../generated/prisma/client";

/**
 * One WEBHOOK outbox row per active subscription to `topic`, in the caller's transaction: a
 * change that rolls back notifies no one, and one that commits reaches every subscriber
 * (delivered, signed and retried, by the outbox worker: lib/api/webhooks/sender.ts).
 */
export async function enqueueWebhooks(tx: Tx, dossierId: string, topic: string, event: Prisma.InputJsonObject) {
  const subscriptions = await tx.webhookSubscription.findMany({ where: { active: true, topics: { has: topic } }, select: { id: true, url: true } });
  if (subscriptions.length === 0) return;
  await tx.outboxMessage.createMany({
    data: subscriptions.map((s) => ({ dossierId, channel: "WEBHOOK" as const, topic, recipient: s.url, payload: { subscriptionId: s.id, event } })),
  });
}
