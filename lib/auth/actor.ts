import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { openIdNumberOrNull } from "../crypto/personal-data";
import { db } from "../db";
import { AppError } from "../errors";
import type { StaffRole } from "../generated/prisma/enums";
import { env } from "../env";
import { clientIp } from "../http/client-ip";
import {
  ACCOUNT_DISABLED_MESSAGE,
  SESSION_ENDED_MESSAGE,
  sessionProblem,
  STAFF_LEVEL_MESSAGE,
  type SessionProblem,
} from "./session-rules";
import { sessionClaimsFrom, type CookieJar } from "./session-user";
import { sessionPolicy, touchSession } from "./user-session";

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
  /** The server-side session the request came with (absent for an actor loaded outside a request). */
  session?: ActorSession;
};

/** What the administrators' step-up (lib/auth/step-up.ts) and the staff rule read of a session. */
export type ActorSession = { id: string; acr: string | null; authTime: Date };

const ACTOR_SELECT = {
  id: true,
  personalId: true,
  fullName: true,
  language: true,
  disabledAt: true,
  memberships: { select: { role: true, agency: { select: { id: true, code: true, name: true } } } },
} as const;

type ActorRow = {
  id: string;
  personalId: string | null;
  fullName: string;
  language: string;
  memberships: { role: StaffRole; agency: { id: string; code: string; name: string } }[];
};

function toActor(user: ActorRow): Actor {
  return {
    userId: user.id,
    personalId: openIdNumberOrNull(user.personalId), // sealed at rest (lib/crypto)
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

/** A user's actor outside any request (jobs, tests): no session. */
export async function loadActor(userId: string): Promise<Actor | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: ACTOR_SELECT });
  return user ? toActor(user) : null;
}

/** A request's session cookie read against its server-side session: the actor, or why there is none. */
export type SignIn = { actor: Actor | null; problem: SessionProblem | null };

/**
 * One statement per request: the session row by its key, joined with its user and roles
 * (docs/decisions/017-relation-joins-and-session-read.md), then the rules of session-rules.ts and
 * at most one write a minute (lastSeenAt). A cookie whose row is gone, revoked, idle, past its end,
 * of a disabled user or of staff below level 2 signs nobody in (docs/decisions/024-server-side-sessions.md).
 */
export async function signInFrom(jar: CookieJar, now: Date): Promise<SignIn> {
  const claims = await sessionClaimsFrom(jar, env.NEXTAUTH_SECRET);
  if (!claims) return { actor: null, problem: null };
  const session = await db.userSession.findUnique({
    where: { id: claims.sessionId },
    select: {
      id: true,
      userId: true,
      createdAt: true,
      lastSeenAt: true,
      expiresAt: true,
      revokedAt: true,
      acr: true,
      authTime: true,
      user: { select: ACTOR_SELECT },
    },
  });
  if (!session || session.userId !== claims.userId) return { actor: null, problem: "ended" };
  const facts = { ...session, userDisabledAt: session.user.disabledAt, isStaff: session.user.memberships.length > 0 };
  const problem = sessionProblem(facts, now, sessionPolicy);
  if (problem) return { actor: null, problem };
  await touchSession(session.id, session.lastSeenAt, now);
  const { id, acr, authTime } = session;
  return { actor: { ...toActor(session.user), session: { id, acr, authTime } }, problem: null };
}

/** The request's sign-in, read once per request. */
export const currentSignIn = cache(async (): Promise<SignIn> => {
  const signIn = await signInFrom(await cookies(), new Date());
  if (signIn.actor) signIn.actor.ip = clientIp(await headers());
  return signIn;
});

/** The signed-in actor, or null. Cached for the duration of one request. */
export const getActor = cache(async (): Promise<Actor | null> => (await currentSignIn()).actor);

/** Why a request is not signed in, worded for the user (an ended session is not "never signed in"). */
export function signedOutMessage(problem: SessionProblem | null): string {
  if (problem === "level") return STAFF_LEVEL_MESSAGE;
  if (problem === "disabled") return ACCOUNT_DISABLED_MESSAGE;
  return problem ? SESSION_ENDED_MESSAGE : "Vui lòng đăng nhập.";
}

export async function requireActor(): Promise<Actor> {
  const { actor, problem } = await currentSignIn();
  if (!actor) throw new AppError("UNAUTHENTICATED", signedOutMessage(problem));
  return actor;
}

export function isStaff(actor: Actor) {
  return actor.memberships.length > 0;
}

/**
 * The roles that work on an agency's dossiers (case work): the counter, the specialist, the leader.
 * Not the postal officer, whose membership names the agencies the post office serves, not an
 * employer; not the administrator, who manages staff, catalogue and settings and reads no case
 * file unless also holding one of these roles (least privilege, docs/decisions/025-roles-and-scopes.md).
 */
export const CASE_WORK_ROLES: readonly StaffRole[] = ["COUNTER_OFFICER", "SPECIALIST", "LEADER"];

/**
 * The agencies in which the actor holds one of `roles` — by default, the agencies whose dossiers
 * the actor works on. The postal desk asks `agencyIdsOf(actor, ["POSTAL_OFFICER"])`; every scope
 * by agency is computed here and turned into a `where` in lib/dossiers/access.ts.
 */
export function agencyIdsOf(actor: Actor, roles: readonly StaffRole[] = CASE_WORK_ROLES): string[] {
  return [...new Set(actor.memberships.filter((m) => roles.includes(m.role)).map((m) => m.agencyId))];
}

/** Whether the actor works on dossiers at all: opens the staff inbox, the dossier page, the tracking book. */
export const doesCaseWork = (actor: Actor) => agencyIdsOf(actor).length > 0;

export function rolesIn(actor: Actor, agencyId: string): StaffRole[] {
  return actor.memberships.filter((m) => m.agencyId === agencyId).map((m) => m.role);
}
