import "server-only";
import type { Actor } from "../auth/actor";
import type { Prisma } from "../generated/prisma/client";

// Who may see which dossier, as a `where` clause every query includes: an applicant sees
// their own dossiers (drafts included); staff see the submitted dossiers of their agencies.
export function dossierScope(actor: Actor): Prisma.DossierWhereInput {
  const agencyIds = [...new Set(actor.memberships.map((m) => m.agencyId))];
  const own: Prisma.DossierWhereInput = { applicantId: actor.userId };
  if (agencyIds.length === 0) return own;
  return {
    OR: [
      own,
      {
        status: { not: "DRAFT" },
        OR: [{ agencyId: { in: agencyIds } }, { receivingAgencyId: { in: agencyIds } }, { consultations: { some: { agencyId: { in: agencyIds } } } }],
      },
    ],
  };
}
