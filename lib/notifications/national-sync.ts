import "server-only";
import type { Actor } from "../auth/actor";
import { requireAdmin } from "../auth/require-admin";
import { db } from "../db";
import { AppError } from "../errors";
import { adminOutboxScope } from "./scope";

// The national sync never ends FAILED (decision 014): a push the portal keeps refusing waits,
// holding back its dossier's later statuses. Administrators see those here, with the reason,
// and can ask for an attempt now instead of waiting for the backoff.
export const STUCK_AFTER_ATTEMPTS = 3;

export async function listStuckNationalSyncs(actor: Actor, limit = 200) {
  const scope = await requireAdmin(actor);
  return db.outboxMessage.findMany({
    where: {
      AND: [
        { channel: "NATIONAL_PORTAL", state: "PENDING", attempts: { gte: STUCK_AFTER_ATTEMPTS } },
        adminOutboxScope(scope),
      ],
    },
    orderBy: { seq: "asc" },
    take: limit,
    select: {
      id: true,
      attempts: true,
      lastError: true,
      nextAttemptAt: true,
      createdAt: true,
      payload: true,
      dossier: { select: { id: true, code: true } },
    },
  });
}

export async function retryNationalSyncNow(actor: Actor, messageId: string) {
  const scope = await requireAdmin(actor);
  const { count } = await db.outboxMessage.updateMany({
    where: { AND: [{ id: messageId, channel: "NATIONAL_PORTAL", state: "PENDING" }, adminOutboxScope(scope)] },
    data: { nextAttemptAt: new Date() },
  });
  if (count !== 1) throw new AppError("NOT_FOUND", "Không có lần đồng bộ đang chờ này (có thể đã gửi xong).");
}
