import "server-only";
import type { Db } from "../db/create-client";
import { webhooksAllowPrivate, type Env } from "../env-schema";
import { systemResolver } from "./webhooks/address-policy";
import { webhookSender } from "./webhooks/sender";
import { emailSender } from "./channels/email";
import { nationalPortalSender } from "./channels/national-portal";
import { smsSender } from "./channels/sms";
import type { Senders } from "./sender";

/** The channels as configured; webhooks read their subscription's secret from the database and reach public https addresses only in production. */
export function sendersFromEnv(env: Env, db: Db): Senders {
  return {
    EMAIL: emailSender({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, appUrl: env.NEXTAUTH_URL }),
    SMS: smsSender({
      apiUrl: env.SMS_API_URL,
      apiKey: env.SMS_API_KEY,
      sinkFile: env.SMS_SINK_FILE,
      appUrl: env.NEXTAUTH_URL,
    }),
    NATIONAL_PORTAL: nationalPortalSender(env.NATIONAL_PORTAL_URL),
    WEBHOOK: webhookSender(db, { allowPrivate: webhooksAllowPrivate(env), resolve: systemResolver }),
  };
}

export const workerSettings = (env: Env, db: Db) => ({
  senders: sendersFromEnv(env, db),
  maxAttempts: env.OUTBOX_MAX_ATTEMPTS,
  leaseMs: env.OUTBOX_LEASE_SECONDS * 1000,
  intervalMs: env.OUTBOX_POLL_MS,
  retryBaseMs: env.OUTBOX_RETRY_BASE_MS,
});
