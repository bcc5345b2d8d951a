import "server-only";
import { rolesIn, type Actor } from "../auth/actor";
import { AppError, notFound } from "../errors";
import type { StaffRole } from "../generated/prisma/enums";

// Who may act on the postal channel: the post office's staff on the agencies they serve
// (StaffMembership POSTAL_OFFICER), the counter officers on their own agency's side. Someone with
// no role in the agency is told "not found", as for a dossier outside their scope; only a
// colleague in the agency learns which role the step needs.

export function requireRole(actor: Actor, agencyId: string, role: StaffRole) {
  const roles = rolesIn(actor, agencyId);
  if (!roles.includes(role)) {
    if (roles.length === 0) throw notFound();
    throw new AppError(
      "FORBIDDEN",
      role === "POSTAL_OFFICER"
        ? "Chỉ nhân viên bưu điện phục vụ cơ quan này mới được thực hiện."
        : "Chỉ cán bộ một cửa của cơ quan mới được thực hiện.",
    );
  }
}
