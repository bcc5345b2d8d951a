import "server-only";
import { agencyIdsOf, type Actor } from "../auth/actor";
import type { Prisma } from "../generated/prisma/client";

// Who may see which dossier, as a `where` clause every query includes: an applicant sees
// their own dossiers (drafts included); staff see the submitted dossiers of their agencies.
// Postal officers work for the post office, not the agency: they see only the dossiers that
// travel by post with the agencies they serve (a shipment), never the agency's whole register.
export function dossierScope(actor: Actor): Prisma.DossierWhereInput {
  const agencyIds = agencyIdsOf(actor);
  const postalIds = agencyIdsOf(actor, ["POSTAL_OFFICER"]);
  const own: Prisma.DossierWhereInput = { applicantId: actor.userId };
  if (agencyIds.length === 0 && postalIds.length === 0) return own;
  const staff: Prisma.DossierWhereInput[] = [];
  if (agencyIds.length > 0) {
    staff.push(
      { agencyId: { in: agencyIds } },
      { receivingAgencyId: { in: agencyIds } },
      { consultations: { some: { agencyId: { in: agencyIds } } } },
    );
  }
  if (postalIds.length > 0) staff.push({ shipments: { some: { agencyId: { in: postalIds } } } });
  return { OR: [own, { status: { not: "DRAFT" }, OR: staff }] };
}
