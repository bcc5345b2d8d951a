import "server-only";
import type { Actor } from "../../auth/actor";
import { managesAgency, requireAdmin } from "../../auth/require-admin";
import { requireRecentAuth } from "../../auth/step-up";
import { endSessionsOf } from "../../auth/user-session";
import { db } from "../../db";
import { recordSecurityEvent, securityTarget } from "../../security-log/record";
import type { Tx } from "../../db/create-client";
import { AppError } from "../../errors";
import { fieldError, parseAdminInput, type FormInput } from "../../forms/input-error";
import { STAFF_ROLE_LABEL } from "../roles";
import { grantRoleSchema, PERSONAL_ID } from "../staff-rules";
import { isUniqueViolation } from "../../db/unique-violation";
import { idNumberHash } from "../../crypto/personal-data";

/**
 * The existing user named by a 12-digit personal ID, or by full name when exactly one person has
 * it (people sign in with VNeID first, which creates their account; roles are given afterwards).
 */
async function findPerson(tx: Tx, person: string) {
  if (PERSONAL_ID.test(person)) {
    const user = await tx.user.findUnique({
      where: { personalIdHash: idNumberHash(person) },
      select: { id: true, fullName: true },
    });
    if (!user)
      throw fieldError(
        "person",
        `Không có tài khoản nào mang số định danh ${person}. Người này cần đăng nhập cổng bằng VNeID một lần trước khi được phân quyền.`,
      );
    return user;
  }
  const users = await tx.user.findMany({
    where: { fullName: { equals: person, mode: "insensitive" } },
    select: { id: true, fullName: true },
    take: 2,
  });
  if (users.length === 0)
    throw fieldError(
      "person",
      `Không tìm thấy tài khoản nào tên "${person}". Hãy nhập đúng họ tên đầy đủ hoặc số định danh cá nhân.`,
    );
  if (users.length > 1)
    throw fieldError("person", `Có nhiều người tên "${person}": vui lòng nhập số định danh cá nhân (12 chữ số).`);
  return users[0];
}

/**
 * Gives an existing user a role in an agency. A province administrator may do so in any agency,
 * an agency administrator only in their own: another agency is "not found".
 */
export async function grantStaffRole(actor: Actor, input: FormInput): Promise<{ membershipId: string }> {
  try {
    return await db.$transaction(async (tx) => {
      const scope = await requireAdmin(actor, tx);
      requireRecentAuth(actor);
      const { agencyId, person, role } = parseAdminInput(grantRoleSchema, input);
      const agency = managesAgency(scope, agencyId)
        ? await tx.agency.findUnique({ where: { id: agencyId }, select: { name: true } })
        : null;
      if (!agency) throw new AppError("NOT_FOUND", "Không tìm thấy cơ quan.");
      const user = await findPerson(tx, person);
      const existing = await tx.staffMembership.findUnique({
        where: { userId_agencyId_role: { userId: user.id, agencyId, role } },
        select: { id: true },
      });
      if (existing)
        throw fieldError("role", `${user.fullName} đã có vai trò "${STAFF_ROLE_LABEL[role]}" tại ${agency.name}.`);
      const created = await tx.staffMembership.create({
        data: { userId: user.id, agencyId, role, grantedById: actor.userId },
        select: { id: true },
      });
      // The membership row goes when the role is revoked; the log keeps that it was given.
      await recordSecurityEvent(
        {
          type: "ROLE_GRANTED",
          actorUserId: actor.userId,
          ip: actor.ip,
          target: securityTarget.user(user.id),
          details: { agencyId, role, membershipId: created.id },
        },
        tx,
      );
      // Staff work at e-ID level 2 only: a session the person opened at level 1 as a citizen ends,
      // and they sign in again at level 2 (lib/auth/session-rules.ts).
      await endSessionsOf(user.id, "ROLE_GRANTED", { client: tx, belowLevel2Only: true, by: actor });
      return { membershipId: created.id };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw fieldError("role", "Người này vừa được giao vai trò này tại cơ quan.");
    throw e;
  }
}
