import "server-only";
// Who opened a dossier (DossierAccess), for its applicant: every time a staff member loads the
// case file, downloads one of its files or prints one of its documents, one row — the person,
// the agency and role they acted in, when, and how. One home, called by the data-loading
// functions (getDossierForActor, getLegalFormSource, getAttachmentForActor, mau04ForActor,
// getWalkIn), never by pages, so that no way of reading the file escapes it.
//
// - The applicant's own reads are not recorded; nor are those of someone without a staff role.
// - Views are kept small: at most one VIEW per person and dossier in VIEW_WINDOW (the page is
//   reloaded after every action); each download and print is recorded.
// - The table is append-only in the database (migration 20261208004000_security_log) and has no
//   foreign keys: the record outlives the dossier and the staff member's role.
// - The applicant sees the officer's name (docs/decisions/023-tamper-evident-logs.md, "Who opened
//   my dossier"): an officer who opens a case file does so in a public capacity.
import type { Actor, Membership } from "../auth/actor";
import { db } from "../db";
import type { DossierAccessKind, StaffRole } from "../generated/prisma/enums";
import { MS_PER_MINUTE } from "../text/vietnam-time";

export type { DossierAccessKind };

/** Within this time, a second view of the same dossier by the same person is not recorded again. */
export const VIEW_WINDOW_MS = 10 * MS_PER_MINUTE;

/** Shown to the applicant with the officer's name (false: agency and role only). */
export const SHOW_OFFICER_NAME = true;

type OpenedDossier = {
  id: string;
  applicantId: string | null;
  agencyId?: string;
  receivingAgencyId?: string | null;
};

// The role a person acted in: the case-work role they hold in the dossier's agency (the deciding
// one first, then the counter), else their first role anywhere (an agency asked for an opinion).
const ROLE_ORDER: readonly StaffRole[] = ["SPECIALIST", "LEADER", "COUNTER_OFFICER", "POSTAL_OFFICER", "ADMIN"];

function actingMembership(actor: Actor, d: OpenedDossier): Membership | null {
  const byRole = [...actor.memberships].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
  for (const agencyId of [d.agencyId, d.receivingAgencyId]) {
    const m = agencyId ? byRole.find((x) => x.agencyId === agencyId) : undefined;
    if (m) return m;
  }
  return byRole[0] ?? null;
}

/**
 * Records that `actor` opened the dossier (`kind`), unless the actor is its applicant or holds no
 * staff role. One statement; a VIEW inside the window is skipped in the same statement.
 */
export async function recordDossierAccess(actor: Actor, dossier: OpenedDossier, kind: DossierAccessKind) {
  if (dossier.applicantId === actor.userId || actor.memberships.length === 0) return;
  const m = actingMembership(actor, dossier);
  // The time is given, not left to the column's default: that would read the session's time zone,
  // and Prisma stores UTC.
  const now = new Date();
  const since = new Date(now.getTime() - VIEW_WINDOW_MS);
  await db.$executeRaw`
    INSERT INTO "DossierAccess" (id, at, "dossierId", "userId", "agencyId", role, kind)
    SELECT gen_random_uuid()::text, ${now}, ${dossier.id}, ${actor.userId}, ${m?.agencyId ?? null},
      ${m?.role ?? null}::"StaffRole", ${kind}::"DossierAccessKind"
    WHERE ${kind} <> 'VIEW' OR NOT EXISTS (
      SELECT 1 FROM "DossierAccess"
      WHERE "dossierId" = ${dossier.id} AND "userId" = ${actor.userId} AND kind = 'VIEW' AND at > ${since}
    )`;
}

export type DossierAccessEntry = {
  at: Date;
  kind: DossierAccessKind;
  agencyName: string | null;
  role: StaffRole | null;
  officerName: string | null;
};

/**
 * The accesses to a dossier, newest first, for its applicant only: anyone else (staff included)
 * gets an empty list, as for a dossier without any.
 */
export async function listDossierAccesses(actor: Actor, dossierId: string, limit = 200): Promise<DossierAccessEntry[]> {
  const own = await db.dossier.count({ where: { id: dossierId, applicantId: actor.userId } });
  if (own === 0) return [];
  const rows = await db.dossierAccess.findMany({
    where: { dossierId },
    orderBy: { at: "desc" },
    take: limit,
    select: { at: true, kind: true, agencyId: true, role: true, userId: true },
  });
  const [agencies, users] = await Promise.all([
    db.agency.findMany({
      where: { id: { in: [...new Set(rows.flatMap((r) => (r.agencyId ? [r.agencyId] : [])))] } },
      select: { id: true, name: true },
    }),
    SHOW_OFFICER_NAME
      ? db.user.findMany({
          where: { id: { in: [...new Set(rows.map((r) => r.userId))] } },
          select: { id: true, fullName: true },
        })
      : [],
  ]);
  const agencyName = new Map(agencies.map((a) => [a.id, a.name]));
  const userName = new Map(users.map((u) => [u.id, u.fullName]));
  return rows.map((r) => ({
    at: r.at,
    kind: r.kind,
    agencyName: r.agencyId ? (agencyName.get(r.agencyId) ?? null) : null,
    role: r.role,
    officerName: SHOW_OFFICER_NAME ? (userName.get(r.userId) ?? null) : null,
  }));
}
