import "server-only";
import type { AdminScope } from "../auth/require-admin";
import type { Prisma } from "../generated/prisma/client";

/** The outbox rows an administrator oversees: all for the province, their agencies' dossiers otherwise. */
export const adminOutboxScope = (scope: AdminScope): Prisma.OutboxMessageWhereInput =>
  scope.province
    ? {}
    : { dossier: { OR: [{ agencyId: { in: scope.agencyIds } }, { receivingAgencyId: { in: scope.agencyIds } }] } };
