import "server-only";
import { openWebhookSecret } from "../../crypto/personal-data";
import type { Db } from "../../db/create-client";
import type { Sender } from "../sender";
import type { WebhookAddressPolicy } from "./address-policy";
import { postWebhook } from "./deliver";
import { webhookPolicyFromEnv } from "./policy-from-env";
import { SIGNATURE_HEADER, signWebhook } from "./signature";

/**
 * Delivers a WEBHOOK row: the event, signed with the subscription's secret read now (so the
 * secret never sits in the outbox) and opened only for this signature (it is sealed at rest),
 * Idempotency-Key = outbox id. The address is checked again and pinned at each delivery
 * (./deliver.ts). A subscription deleted or switched off since the change was queued gets
 * nothing: the row is done.
 */
export function webhookSender(db: Db, policy: WebhookAddressPolicy = webhookPolicyFromEnv()): Sender {
  return async (m) => {
    const { subscriptionId, event } = m.payload as { subscriptionId: string; event: unknown };
    const subscription = await db.webhookSubscription.findUnique({
      where: { id: subscriptionId },
      select: { secret: true, active: true },
    });
    if (!subscription?.active) return;
    const body = JSON.stringify({ id: m.id, topic: m.topic, data: event });
    const signature = signWebhook(openWebhookSecret(subscription.secret), body, Math.floor(Date.now() / 1000));
    await postWebhook(m.recipient, body, { "idempotency-key": m.id, [SIGNATURE_HEADER]: signature }, policy);
  };
}
