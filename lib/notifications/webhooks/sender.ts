import "server-only";
import type { Db } from "../../db/create-client";
import { postJsonText } from "../channels/http-post";
import type { Sender } from "../sender";
import { SIGNATURE_HEADER, signWebhook } from "./signature";

/**
 * Delivers a WEBHOOK row: the event, signed with the subscription's secret read now (so the
 * secret never sits in the outbox), Idempotency-Key = outbox id. A subscription deleted or
 * switched off since the change was queued gets nothing: the row is done.
 */
export function webhookSender(db: Db): Sender {
  return async (m) => {
    const { subscriptionId, event } = m.payload as { subscriptionId: string; event: unknown };
    const subscription = await db.webhookSubscription.findUnique({
      where: { id: subscriptionId },
      select: { secret: true, active: true },
    });
    if (!subscription?.active) return;
    const body = JSON.stringify({ id: m.id, topic: m.topic, data: event });
    await postJsonText(m.recipient, body, m.id, {
      [SIGNATURE_HEADER]: signWebhook(subscription.secret, body, Math.floor(Date.now() / 1000)),
    });
  };
}
