import "server-only";
import { z } from "zod";
import type { Actor } from "../auth/actor";
import { requireProvinceAdmin } from "../auth/require-admin";
import { requireRecentAuth } from "../auth/step-up";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { recordAdminChange, securityTarget } from "../security-log/record";
import { generateApiKey } from "./key-format";
import { SCOPE_NAMES } from "./scopes";

// API keys are managed by province administrators: a key opens province-wide data to another system.
export const createKeySchema = z.object({
  name: z
    .string({ error: "Nhập tên hệ thống dùng khoá." })
    .trim()
    .min(3, "Tên hệ thống phải có ít nhất 3 ký tự.")
    .max(100, "Tên hệ thống tối đa 100 ký tự."),
  scopes: z.array(z.enum(SCOPE_NAMES, { error: "Phạm vi không hợp lệ." })).min(1, "Chọn ít nhất một phạm vi cho khoá."),
  rateLimitPerMinute: z.coerce
    .number({ error: "Giới hạn mỗi phút phải là số nguyên từ 1 đến 10000." })
    .int("Giới hạn mỗi phút phải là số nguyên từ 1 đến 10000.")
    .min(1, "Giới hạn mỗi phút phải là số nguyên từ 1 đến 10000.")
    .max(10_000, "Giới hạn mỗi phút phải là số nguyên từ 1 đến 10000."),
});

/** Creates a key and returns it in clear once; only its hash is kept. */
export async function createApiKey(actor: Actor, raw: unknown): Promise<{ id: string; key: string; prefix: string }> {
  await requireProvinceAdmin(actor);
  requireRecentAuth(actor);
  const parsed = createKeySchema.safeParse(raw);
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0].message);
  const { key, prefix, hash } = generateApiKey();
  const row = await db.$transaction(async (tx) => {
    const created = await tx.apiKey.create({
      data: {
        name: parsed.data.name,
        scopes: [...new Set(parsed.data.scopes)],
        rateLimitPerMinute: parsed.data.rateLimitPerMinute,
        prefix,
        keyHash: hash,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await recordAdminChange(actor, securityTarget.apiKey(created.id), "api-key-added", tx, {
      scopes: [...new Set(parsed.data.scopes)],
    });
    return created;
  });
  return { id: row.id, key, prefix };
}

export async function revokeApiKey(actor: Actor, id: string) {
  await requireProvinceAdmin(actor);
  requireRecentAuth(actor);
  const { count } = await db.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count === 0) {
    const exists = await db.apiKey.count({ where: { id } });
    throw exists ? new AppError("ALREADY_DONE", "Khoá này đã bị thu hồi.") : notFound("Không có khoá API này.");
  }
  await recordAdminChange(actor, securityTarget.apiKey(id), "api-key-revoked", db);
}

export async function listApiKeys(actor: Actor) {
  await requireProvinceAdmin(actor);
  return db.apiKey.findMany({
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      prefix: true,
      scopes: true,
      rateLimitPerMinute: true,
      createdAt: true,
      revokedAt: true,
      lastUsedAt: true,
      _count: { select: { calls: true } },
    },
  });
}

/** The latest calls, for the administrator's audit view. */
export async function listRecentApiCalls(actor: Actor, take = 50) {
  await requireProvinceAdmin(actor);
  return db.apiCall.findMany({
    orderBy: { at: "desc" },
    take,
    select: {
      id: true,
      method: true,
      route: true,
      status: true,
      ip: true,
      at: true,
      durationMs: true,
      apiKey: { select: { name: true, prefix: true } },
    },
  });
}
