import "server-only";
import { rolesIn, type Actor } from "../auth/actor";
import { AppError, notFound } from "../errors";
import type { StaffRole } from "../generated/prisma/enums";

// Who may act on the postal channel: the post office's staff on the agencies they serve
// (StaffMembership POSTAL_OFFICER), the counter officers on their own agency's side.

export function requireRole(actor: Actor, agencyId: string, role: StaffRole) {
  if (!rolesIn(actor, agencyId).includes(role)) {
    if (actor.memberships.length === 0) throw notFound();
    throw new AppError(
      "FORBIDDEN",
      role === "POSTAL_OFFICER"
        ? "Chỉ nhân viên bưu điện phục vụ cơ quan này mới được thực hiện."
        : "Chỉ cán bộ một cửa của cơ quan mới được thực hiện.",
    );
  }
}
