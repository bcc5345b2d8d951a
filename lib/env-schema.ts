import { z } from "zod";
import { parseKeyring } from "./crypto/field-cipher";

// Every setting the server reads, validated once at boot (epic-stack's env.server.ts).
// Nothing here reaches the browser: there are no public variables.
const envSchema = z
  .object({
    APP_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL"),
    NEXTAUTH_URL: z.url().default("http://localhost:3000"),
    NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)"),
    AUTH_ISSUER: z.url(),
    AUTH_CLIENT_ID: z.string().min(1),
    AUTH_CLIENT_SECRET: z.string().min(1),
    AUTH_ACR_VALUES: z.string().default("LoA2"),
    // Sessions (lib/auth/session-rules.ts, docs/decisions/024-server-side-sessions.md): a session
    // ends after this long without a request (staff: anyone with a role), and in any case this
    // long after sign-in; administrators re-authenticate before a change when their sign-in is older.
    STAFF_IDLE_TIMEOUT_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
    CITIZEN_IDLE_TIMEOUT_MINUTES: z.coerce.number().int().min(1).max(1440).default(480),
    SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24).default(8),
    ADMIN_REAUTH_MINUTES: z.coerce.number().int().min(1).max(480).default(10),
    STORAGE_DIR: z.string().default(".data/storage"),
    UPLOAD_MAX_FILE_BYTES: z.coerce
      .number()
      .int()
      .positive()
      .default(20 * 1024 * 1024),
    DATABASE_POOL_SIZE: z.coerce.number().int().positive().default(10),
    /** Anonymous lookups by code per client address and minute (against harvesting codes by guessing). */
    LOOKUP_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(30),
    /**
     * Reverse proxies in front of the portal that append to X-Forwarded-For (lib/http/client-ip.ts):
     * the client is the N-th entry from the right; 0 (no proxy) uses the socket address.
     */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    // The payment gateway (VNPay 2.1.0 protocol, lib/payments). Without URLs the local simulator of
    // this server is used (<NEXTAUTH_URL>/gateway-sim/…); production must name the real gateway.
    PAYMENT_GATEWAY_URL: z.url().optional(),
    PAYMENT_QUERY_URL: z.url().optional(),
    PAYMENT_TMN_CODE: z
      .string()
      .regex(/^[A-Z0-9]{8}$/, "must be the 8-character terminal code (vnp_TmnCode)")
      .default("DVCTN001"),
    PAYMENT_HASH_SECRET: z
      .string()
      .min(32, "must be at least 32 characters")
      .default("local-simulator-secret-not-for-production-0001"),
    /** Minutes a citizen has to pay at the gateway (vnp_ExpireDate); reconciliation expires the rest. */
    PAYMENT_TIMEOUT_MINUTES: z.coerce.number().int().min(5).max(1440).default(15),
    /** Outgoing mail (lib/notifications). Locally the development mail catcher of `npm start`. */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
      .default("smtp://127.0.0.1:2525"),
    MAIL_FROM: z.string().min(3).default("Cổng dịch vụ công Tây Ninh <khong-tra-loi@dichvucong.tayninh.gov.vn>"),
    /** SMS provider's HTTP API; without it messages go to the development sink file. */
    SMS_API_URL: z.url().optional(),
    SMS_API_KEY: z.string().min(1).optional(),
    SMS_SINK_FILE: z.string().default(".data/sms/messages.jsonl"),
    /** Status sync endpoint of the national portal; without it those messages wait, untouched. */
    NATIONAL_PORTAL_URL: z.url().optional(),
    /** Delivery attempts before a notification is marked FAILED for an administrator to resend. */
    OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
    /** How long a claimed outbox row is reserved for its worker (a crashed worker's rows come back after it). */
    OUTBOX_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(300),
    /** How often an idle worker looks for due rows. */
    OUTBOX_POLL_MS: z.coerce.number().int().min(50).max(600_000).default(5_000),
    /** First retry delay after a failed delivery (doubled per failure, capped at 6 h). */
    OUTBOX_RETRY_BASE_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
    /** `in-process`: the Next.js server delivers the outbox itself (`npm start`); `off`: `npm run worker` does. */
    OUTBOX_WORKER: z.enum(["in-process", "off"]).default("off"),
    /** Where the development mail catcher stores what it receives (read by /dev/thu). */
    MAIL_CATCHER_DIR: z.string().default(".data/mail"),
    /** Where the development stand-in of the national portal stores the pushes (read by /dev/cong-quoc-gia). */
    NATIONAL_STANDIN_DIR: z.string().default(".data/national-portal"),
    // ClamAV's clamd, which scans every upload before it is stored (lib/files/malware-scan.ts):
    // a Unix socket (Debian: /run/clamav/clamd.ctl) or a TCP address. `npm start` and `npm test`
    // start their own with the development signatures (scripts/lib/clamd.mjs).
    CLAMD_SOCKET: z.string().min(1).optional(),
    CLAMD_HOST: z.string().min(1).default("127.0.0.1"),
    CLAMD_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    /** Refuse uploads while clamd cannot be reached (fail closed). Default: true in production, false elsewhere. */
    CLAMD_REQUIRED: z.stringbool().optional(),
    /** How long one scan may take before the upload is refused as not scanned. */
    CLAMD_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(60_000),
    /** Shared secret of the postal operator's event API (HMAC-SHA256, lib/postal/operator-api). */
    POSTAL_OPERATOR_SECRET: z
      .string()
      .min(32, "must be at least 32 characters")
      .default("local-postal-operator-secret-not-for-production"),
    /**
     * Keys of personal data at rest (lib/crypto): `kid=base64,kid=base64` of 32-byte AES-256-GCM
     * keys, the first seals and every one opens; and the HMAC-SHA256 key of the lookup hash.
     * Required in production; `npm start` and the tests set generated ones.
     */
    PII_ENCRYPTION_KEYS: z.string().optional(),
    PII_HASH_KEY: z.string().optional(),
    /** `true` lets webhooks reach http:// and private addresses (local catchers); never in production. */
    WEBHOOK_ALLOW_PRIVATE: z.enum(["true", "false"]).optional(),
    /** Days after which a delivered notification keeps only its metadata (body and address purged). */
    NOTIFICATION_PII_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  })
  .superRefine((env, ctx) => {
    if (env.PII_ENCRYPTION_KEYS && env.PII_HASH_KEY) {
      try {
        parseKeyring(env.PII_ENCRYPTION_KEYS, env.PII_HASH_KEY);
      } catch (e) {
        // parseKeyring's message starts with the variable it is about.
        const [key, ...rest] = (e as Error).message.split(": ");
        ctx.addIssue({ code: "custom", path: [key], message: rest.join(": ") });
      }
    }
    if (env.APP_ENV !== "production") return;
    for (const key of ["PII_ENCRYPTION_KEYS", "PII_HASH_KEY"] as const) {
      if (!env[key])
        ctx.addIssue({ code: "custom", path: [key], message: "is required in production (openssl rand -base64 32)" });
    }
    if (env.WEBHOOK_ALLOW_PRIVATE === "true") {
      ctx.addIssue({
        code: "custom",
        path: ["WEBHOOK_ALLOW_PRIVATE"],
        message: "must not be true in production (webhooks reach public https addresses only)",
      });
    }
    for (const key of ["PAYMENT_GATEWAY_URL", "PAYMENT_QUERY_URL"] as const) {
      if (!env[key])
        ctx.addIssue({ code: "custom", path: [key], message: "is required in production (the real gateway)" });
    }
    if (env.PAYMENT_HASH_SECRET.startsWith("local-simulator-secret")) {
      ctx.addIssue({
        code: "custom",
        path: ["PAYMENT_HASH_SECRET"],
        message: "must be the gateway's secret in production",
      });
    }
    if (env.POSTAL_OPERATOR_SECRET.startsWith("local-postal-operator-secret")) {
      ctx.addIssue({
        code: "custom",
        path: ["POSTAL_OPERATOR_SECRET"],
        message: "must be the secret shared with the postal operator in production",
      });
    }
    if (env.CLAMD_REQUIRED !== false && !env.CLAMD_SOCKET && env.CLAMD_PORT === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["CLAMD_SOCKET"],
        message: "(or CLAMD_PORT) is required in production: uploads are scanned by clamd before they are stored",
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

/** Whether webhooks may reach http:// and private addresses: outside production unless set to false. */
export const webhooksAllowPrivate = (env: Pick<Env, "APP_ENV" | "WEBHOOK_ALLOW_PRIVATE">) =>
  env.WEBHOOK_ALLOW_PRIVATE ? env.WEBHOOK_ALLOW_PRIVATE === "true" : env.APP_ENV !== "production";

/** Validates a set of variables; throws one message listing every problem. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}\nSee README.md, "Configuration".`);
  }
  return parsed.data;
}
