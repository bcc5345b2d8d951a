import "server-only";
import { agencyIdsOf, type Actor } from "../auth/actor";
import type { Prisma } from "../generated/prisma/client";

// Who may see or act on which dossier: one `where` per purpose, which every query and command on a
// dossier includes (docs/decisions/025-roles-and-scopes.md, README "Roles and scopes"). Anything
// outside the scope is answered as if it did not exist ("Không tìm thấy hồ sơ."), so a refusal never
// confirms that a dossier exists nor names its applicant. Drafts are the applicant's alone (the
// counter's walk-in drafts have their own rule, ./walk-in-access.ts).
//
// - agency case work: the counter officers, specialists and leaders of the competent agency and of
//   the one-stop agency that received the dossier (caseWorkScope, competentAgencyScope);
// - consulted agency: the same roles of an agency asked for an opinion see the application they
//   are asked about, not the agency's records of it (receipts, fees, post, notifications, forms);
// - postal officer: no dossier at all; the post office's desk reads shipments and hand-over
//   records of the agencies it serves (lib/postal/queries.ts), which carry the slip, not the file;
// - administrator: no dossier at all unless also holding a case-work role (lib/auth/require-admin.ts);
// - leader only: reports (lib/statistics/access.ts) and approvals (the workflow table).

const NONE: Prisma.DossierWhereInput = { id: { in: [] } };

/** Filed dossiers of the competent agency: commands that only the deciding agency takes. */
export function competentAgencyScope(actor: Actor): Prisma.DossierWhereInput {
  const agencyIds = agencyIdsOf(actor);
  if (agencyIds.length === 0) return NONE;
  return { status: { not: "DRAFT" }, agencyId: { in: agencyIds } };
}

/** Filed dossiers of the competent agency or received at the actor's one-stop counter: agency case work. */
export function caseWorkScope(actor: Actor): Prisma.DossierWhereInput {
  const agencyIds = agencyIdsOf(actor);
  if (agencyIds.length === 0) return NONE;
  return {
    status: { not: "DRAFT" },
    OR: [{ agencyId: { in: agencyIds } }, { receivingAgencyId: { in: agencyIds } }],
  };
}

/** Filed dossiers on which the actor's agency was asked for an opinion. */
export function consultedScope(actor: Actor): Prisma.DossierWhereInput {
  const agencyIds = agencyIdsOf(actor);
  if (agencyIds.length === 0) return NONE;
  return { status: { not: "DRAFT" }, consultations: { some: { agencyId: { in: agencyIds } } } };
}

/**
 * The dossiers on which the actor's agency is still asked for an opinion: the back office's list
 * "Cơ quan khác xin ý kiến" (lib/dossiers/inbox.ts), which counts and lists the same rows.
 */
export function pendingOpinionScope(actor: Actor): Prisma.DossierWhereInput {
  const agencyIds = agencyIdsOf(actor);
  if (agencyIds.length === 0) return NONE;
  return { status: { not: "DRAFT" }, consultations: { some: { agencyId: { in: agencyIds }, state: "PENDING" } } };
}

/**
 * The agency's records of a dossier (receipts, bill and payments, post, notifications, legal
 * forms, Mẫu 04): the applicant's own, and the agencies that hold the dossier; not a consulted agency.
 */
export function dossierRecordsScope(actor: Actor): Prisma.DossierWhereInput {
  return { OR: [{ applicantId: actor.userId }, caseWorkScope(actor)] };
}

/**
 * The case file (the dossier page, its application and attachments, timeline, feedback): the
 * applicant's own, the agencies that hold it, and an agency asked for an opinion on it.
 */
export function dossierScope(actor: Actor): Prisma.DossierWhereInput {
  return { OR: [{ applicantId: actor.userId }, caseWorkScope(actor), consultedScope(actor)] };
}

/** Whether the actor's agency holds this dossier (competent or receiving), rather than only being consulted on it. */
export function holdsDossier(actor: Actor, d: { agencyId: string; receivingAgencyId: string | null }): boolean {
  const agencyIds = agencyIdsOf(actor);
  return agencyIds.includes(d.agencyId) || (d.receivingAgencyId !== null && agencyIds.includes(d.receivingAgencyId));
}
