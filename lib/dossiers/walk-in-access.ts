import "server-only";
import type { Actor } from "../auth/actor";
import type { Prisma } from "../generated/prisma/client";

// Who may work on a dossier filed at the counter (walk-in, or papers that came by post). Since
// NĐ 118/2025 any counter in the province may receive any procedure's dossier, so the rule is
// the receiving agency's, not the competent agency's: the counter officers of the agency where
// the papers were handed in continue the draft until it is received.

/** The agencies where the actor works at the counter (cán bộ tiếp nhận), for the "nơi tiếp nhận" choice. */
export function counterAgencies(actor: Actor): { id: string; name: string }[] {
  const counters = actor.memberships.filter((m) => m.role === "COUNTER_OFFICER");
  return [...new Map(counters.map((m) => [m.agencyId, { id: m.agencyId, name: m.agencyName }])).values()];
}

export function counterAgencyIds(actor: Actor): string[] {
  return counterAgencies(actor).map((a) => a.id);
}

/** Every dossier an officer filed on someone's behalf at one of the actor's counters. */
export function walkInScope(actor: Actor): Prisma.DossierWhereInput {
  return { createdById: { not: null }, receivingAgencyId: { in: counterAgencyIds(actor) } };
}

/** Walk-in drafts the actor may continue: not yet received, at one of the actor's counters. */
export function walkInDraftScope(actor: Actor): Prisma.DossierWhereInput {
  return { ...walkInScope(actor), status: "DRAFT" };
}
