import "server-only";
import type { Actor } from "../../auth/actor";
import { managesAgency, requireAdmin } from "../../auth/require-admin";
import { requireRecentAuth } from "../../auth/step-up";
import { endSessionsOf } from "../../auth/user-session";
import { db } from "../../db";
import { recordSecurityEvent, securityTarget } from "../../security-log/record";
import { AppError } from "../../errors";

const notFound = () => new AppError("NOT_FOUND", "Không tìm thấy cán bộ.");

/**
 * Disables a staff member's account (or enables it again). Disabled, the person cannot sign in
 * (lib/auth/options.ts) and every session of theirs ends now, in the same transaction; their roles
 * and history stay. Within the administrator's scope: every role the person holds must be in an
 * agency the administrator manages (an agency administrator cannot lock out another agency's
 * staff), else "not found". Nobody disables their own account.
 */
export async function setUserDisabled(actor: Actor, userId: string, disabled: boolean): Promise<void> {
  await db.$transaction(async (tx) => {
    const scope = await requireAdmin(actor, tx);
    requireRecentAuth(actor);
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { id: true, memberships: { select: { agencyId: true } } },
    });
    if (!user || user.memberships.length === 0 || !user.memberships.every((m) => managesAgency(scope, m.agencyId)))
      throw notFound();
    if (user.id === actor.userId) throw new AppError("INVALID_INPUT", "Bạn không thể tự khóa tài khoản của mình.");
    await tx.user.update({ where: { id: user.id }, data: { disabledAt: disabled ? new Date() : null } });
    await recordSecurityEvent(
      {
        type: disabled ? "USER_DISABLED" : "USER_ENABLED",
        actorUserId: actor.userId,
        ip: actor.ip,
        target: securityTarget.user(user.id),
      },
      tx,
    );
    if (disabled) await endSessionsOf(user.id, "USER_DISABLED", { client: tx, by: actor });
  });
}
