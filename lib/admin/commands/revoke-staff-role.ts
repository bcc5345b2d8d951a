import "server-only";
import type { Actor } from "../../auth/actor";
import { managesAgency, requireAdmin } from "../../auth/require-admin";
import { requireRecentAuth } from "../../auth/step-up";
import { endSessionsOf } from "../../auth/user-session";
import { db } from "../../db";
import { recordSecurityEvent, securityTarget } from "../../security-log/record";
import { AppError } from "../../errors";

/**
 * Takes a role away. Within the administrator's scope only (another agency's membership is "not
 * found"); an administrator cannot remove their own last ADMIN role, so that the portal is never
 * left without anyone able to give it back by accident. Every session of the person ends.
 */
export async function revokeStaffRole(actor: Actor, membershipId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const scope = await requireAdmin(actor, tx);
    requireRecentAuth(actor);
    const membership = await tx.staffMembership.findUnique({
      where: { id: membershipId },
      select: { userId: true, agencyId: true, role: true },
    });
    if (!membership || !managesAgency(scope, membership.agencyId))
      throw new AppError("NOT_FOUND", "Không tìm thấy vai trò cần thu hồi.");
    if (membership.role === "ADMIN" && membership.userId === actor.userId) {
      const adminRoles = await tx.staffMembership.count({ where: { userId: actor.userId, role: "ADMIN" } });
      if (adminRoles <= 1)
        throw new AppError(
          "INVALID_INPUT",
          "Bạn không thể thu hồi vai trò quản trị cuối cùng của chính mình. Hãy nhờ một quản trị viên khác thực hiện.",
        );
    }
    // The row is locked by the delete: of two concurrent revocations only one deletes it.
    const deleted = await tx.staffMembership.deleteMany({ where: { id: membershipId } });
    if (deleted.count !== 1)
      throw new AppError("NOT_FOUND", "Không tìm thấy vai trò cần thu hồi (có thể đã được thu hồi).");
    await recordSecurityEvent(
      {
        type: "ROLE_REVOKED",
        actorUserId: actor.userId,
        ip: actor.ip,
        target: securityTarget.user(membership.userId),
        details: { agencyId: membership.agencyId, role: membership.role, membershipId },
      },
      tx,
    );
    // The person's sessions end with the role (in the same transaction): they sign in again and
    // work with what they still hold, rather than keep a page open on rights they lost.
    await endSessionsOf(membership.userId, "ROLE_REVOKED", { client: tx, by: actor });
  });
}
