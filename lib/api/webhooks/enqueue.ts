import "server-only";
import type { Tx } from "../../db/create-client";
import type { Prisma } from "../../generated/prisma/client";

/**
 * One WEBHOOK outbox row per active subscription to `topic`, for the caller to write in its
 * transaction: a change that rolls back notifies no one, and one that commits reaches every
 * subscriber (delivered, signed and retried, by the outbox worker: lib/api/webhooks/sender.ts).
 */
export async function webhookMessages(tx: Tx, dossierId: string, topic: string, event: Prisma.InputJsonObject): Promise<Prisma.OutboxMessageCreateManyInput[]> {
  const subscriptions = await tx.webhookSubscription.findMany({ where: { active: true, topics: { has: topic } }, select: { id: true, url: true } });
  return subscriptions.map((s) => ({ dossierId, channel: "WEBHOOK" as const, topic, recipient: s.url, payload: { subscriptionId: s.id, event } }));
}
