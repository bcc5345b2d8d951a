import "server-only";
import { env } from "../../env";
import { webhooksAllowPrivate } from "../../env-schema";
import { systemResolver, type WebhookAddressPolicy } from "./address-policy";

/** The address rule of this server: public https only in production (WEBHOOK_ALLOW_PRIVATE). */
export const webhookPolicyFromEnv = (): WebhookAddressPolicy => ({
  allowPrivate: webhooksAllowPrivate(env),
  resolve: systemResolver,
});
