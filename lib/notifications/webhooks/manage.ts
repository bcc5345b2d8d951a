import "server-only";
import type { z } from "zod";
import type { Actor } from "../../auth/actor";
import { requireProvinceAdmin } from "../../auth/require-admin";
import { requireRecentAuth } from "../../auth/step-up";
import { db } from "../../db";
import { sealWebhookSecret } from "../../crypto/personal-data";
import { AppError, notFound } from "../../errors";
import { checkWebhookAddress, type WebhookAddressPolicy } from "./address-policy";
import { webhookPolicyFromEnv } from "./policy-from-env";
import { createWebhookSchema } from "./schemas";

type WebhookInput = z.infer<typeof createWebhookSchema>;
const view = { id: true, url: true, topics: true, active: true, createdAt: true } as const;
const asJson = (w: { id: string; url: string; topics: string[]; active: boolean; createdAt: Date }) => ({
  ...w,
  createdAt: w.createdAt.toISOString(),
});

// Subscriptions made through the API belong to their key: a key lists and deletes only its own.
export async function listKeyWebhooks(keyId: string) {
  const rows = await db.webhookSubscription.findMany({
    where: { apiKeyId: keyId },
    orderBy: { createdAt: "asc" },
    select: view,
  });
  return rows.map(asJson);
}

/**
 * What is stored of a new subscription: its address checked against the rules of this server
 * (public https in production: ./address-policy.ts, which throws WebhookAddressRefused) and its
 * secret sealed (lib/crypto/personal-data.ts), opened again only to sign a delivery.
 */
async function storable(input: WebhookInput, policy: WebhookAddressPolicy) {
  await checkWebhookAddress(input.url, policy);
  return { ...input, secret: sealWebhookSecret(input.secret) };
}

export async function createKeyWebhook(
  keyId: string,
  input: WebhookInput,
  policy: WebhookAddressPolicy = webhookPolicyFromEnv(),
) {
  const data = await storable(input, policy);
  return asJson(await db.webhookSubscription.create({ data: { apiKeyId: keyId, ...data }, select: view }));
}

export async function deleteKeyWebhook(keyId: string, id: string) {
  const { count } = await db.webhookSubscription.deleteMany({ where: { id, apiKeyId: keyId } });
  if (count === 0) throw notFound("Không có đăng ký webhook này.");
}

// The administrator's page: every subscription (province administrators only).
export async function listAllWebhooks(actor: Actor) {
  await requireProvinceAdmin(actor);
  return db.webhookSubscription.findMany({
    orderBy: { createdAt: "desc" },
    select: { ...view, apiKey: { select: { name: true, prefix: true } } },
  });
}

export async function createWebhookByAdmin(
  actor: Actor,
  raw: unknown,
  policy: WebhookAddressPolicy = webhookPolicyFromEnv(),
) {
  await requireProvinceAdmin(actor);
  requireRecentAuth(actor);
  const parsed = createWebhookSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0].message);
  return db.webhookSubscription.create({ data: await storable(parsed.data, policy), select: view });
}

export async function deleteWebhookByAdmin(actor: Actor, id: string) {
  await requireProvinceAdmin(actor);
  requireRecentAuth(actor);
  const { count } = await db.webhookSubscription.deleteMany({ where: { id } });
  if (count === 0) throw notFound("Không có đăng ký webhook này.");
}
