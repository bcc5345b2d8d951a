import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { db } from "../db";
import { AppError } from "../errors";
import type { StaffRole } from "../generated/prisma/enums";
import { env } from "../env";
import { clientIp } from "../http/client-ip";
import { sessionUserIdFrom } from "./session-user";

// The acting user of a request, as every data-access function receives it. Roles and
// agencies come from our own records on every request, never from the browser or the token.

export type Membership = { agencyId: string; agencyCode: string; agencyName: string; role: StaffRole };
export type Actor = {
  userId: string;
  personalId: string | null;
  fullName: string;
  memberships: Membership[];
  /** The request's client address, for the audit trail (absent outside a request). */
  ip?: string | null;
  /** The stored UI language as loaded with the actor (lib/i18n/server.ts), saving a query per page. */
  language?: string | null;
};

export async function loadActor(userId: string): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      personalId: true,
      fullName: true,
      language: true,
      memberships: { select: { role: true, agency: { select: { id: true, code: true, name: true } } } },
    },
  });
  if (!user) return null;
  return {
    userId: user.id,
    personalId: user.personalId,
    fullName: user.fullName,
    language: user.language,
    memberships: user.memberships.map((m) => ({
      agencyId: m.agency.id,
      agencyCode: m.agency.code,
      agencyName: m.agency.name,
      role: m.role,
    })),
  };
}

/** The signed-in actor, or null. Cached for the duration of one request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const userId = await sessionUserIdFrom(await cookies(), env.NEXTAUTH_SECRET);
  const actor = userId ? await loadActor(userId) : null;
  if (actor) actor.ip = clientIp(await headers());
  return actor;
});

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "Vui lòng đăng nhập.");
  return actor;
}

export function isStaff(actor: Actor) {
  return actor.memberships.length > 0;
}

/** Every role of an agency's own staff: all but the postal officer's. */
export const AGENCY_STAFF_ROLES: readonly StaffRole[] = ["COUNTER_OFFICER", "SPECIALIST", "LEADER", "ADMIN"];

/**
 * The agencies in which the actor holds one of `roles` — by default, the agencies whose own staff
 * the actor is. A postal officer's membership names the agencies the post office serves, not an
 * employer: it opens only the postal desk and the dossiers that travel by post
 * (`agencyIdsOf(actor, ["POSTAL_OFFICER"])`, lib/dossiers/access.ts), never an agency's inbox,
 * register or internal forms. Every scope by agency is computed here.
 */
export function agencyIdsOf(actor: Actor, roles: readonly StaffRole[] = AGENCY_STAFF_ROLES): string[] {
  return [...new Set(actor.memberships.filter((m) => roles.includes(m.role)).map((m) => m.agencyId))];
}

export function rolesIn(actor: Actor, agencyId: string): StaffRole[] {
  return actor.memberships.filter((m) => m.agencyId === agencyId).map((m) => m.role);
}
