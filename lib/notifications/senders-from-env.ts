import "server-only";
import type { Env } from "../env-schema";
import { emailSender } from "./channels/email";
import { nationalPortalSender } from "./channels/national-portal";
import { smsSender } from "./channels/sms";
import type { Senders } from "./sender";

/** The channels as configured; WEBHOOK has no sender yet (the integration API builds it). */
export function sendersFromEnv(env: Env): Senders {
  return {
    EMAIL: emailSender({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, appUrl: env.NEXTAUTH_URL }),
    SMS: smsSender({ apiUrl: env.SMS_API_URL, apiKey: env.SMS_API_KEY, sinkFile: env.SMS_SINK_FILE, appUrl: env.NEXTAUTH_URL }),
    NATIONAL_PORTAL: nationalPortalSender(env.NATIONAL_PORTAL_URL),
    WEBHOOK: null,
  };
}

export const workerSettings = (env: Env) => ({ senders: sendersFromEnv(env), maxAttempts: env.OUTBOX_MAX_ATTEMPTS });
