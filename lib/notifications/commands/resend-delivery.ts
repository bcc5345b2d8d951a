import "server-only";
import type { Actor } from "../../auth/actor";
import { requireAdmin } from "../../auth/require-admin";
import { db } from "../../db";
import { AppError } from "../../errors";
import { adminOutboxScope } from "../scope";

/**
 * An administrator sends a FAILED notification again (e.g. after fixing the address or the
 * provider): it goes back to PENDING with a fresh set of attempts; its attempt history stays.
 * Guarded by the state read, so two clicks queue it once; outside the admin's scope it is "not found".
 */
export async function resendDelivery(actor: Actor, messageId: string) {
  return db.$transaction(async (tx) => {
    const scope = await requireAdmin(actor, tx);
    const updated = await tx.outboxMessage.updateMany({
      where: { AND: [{ id: messageId, state: "FAILED" }, adminOutboxScope(scope)] },
      data: { state: "PENDING", attempts: 0, nextAttemptAt: new Date(), lastError: null },
    });
    if (updated.count !== 1) {
      const exists = await tx.outboxMessage.count({ where: { AND: [{ id: messageId }, adminOutboxScope(scope)] } });
      throw exists
        ? new AppError("ALREADY_DONE", "Thông báo này đã được đưa vào hàng đợi gửi lại.")
        : new AppError("NOT_FOUND", "Không tìm thấy thông báo.");
    }
  });
}
