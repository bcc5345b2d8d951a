import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "../db";
import type { Db, Tx } from "../db/create-client";
import { env } from "../env";
import type { SessionEndReason } from "../generated/prisma/enums";
import { recordSecurityEvent, securityTarget } from "../security-log/record";
import { sessionExpiry, shouldTouch, type SessionPolicy } from "./session-rules";

export { userAgentSummary } from "./session-rules";

// Server-side sessions: the session cookie (a next-auth JWT) carries the id of a UserSession row,
// and every request checks that row (lib/auth/actor.ts). Ending the row ends the session for
// every copy of the cookie: logout, a disabled user, a changed role. See
// docs/decisions/024-server-side-sessions.md.

export const sessionPolicy: SessionPolicy = {
  staffIdleMinutes: env.STAFF_IDLE_TIMEOUT_MINUTES,
  citizenIdleMinutes: env.CITIZEN_IDLE_TIMEOUT_MINUTES,
  maxHours: env.SESSION_MAX_HOURS,
  reauthMinutes: env.ADMIN_REAUTH_MINUTES,
};

export type SessionStart = {
  userId: string;
  acr: string | null;
  authTime: Date;
  ip: string | null;
  userAgent: string | null;
};

/** Opens a session at sign-in; its id goes into the cookie. */
export async function startSession(start: SessionStart, now = new Date()): Promise<string> {
  // 256 bits from the CSPRNG: the id is a bearer secret inside the sealed cookie.
  const id = randomBytes(32).toString("base64url");
  await db.userSession.create({
    data: {
      id,
      userId: start.userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: sessionExpiry(now, sessionPolicy),
      acr: start.acr,
      authTime: start.authTime,
      ip: start.ip,
      userAgent: start.userAgent,
    },
  });
  return id;
}

/** Ends one session (logout). Returns whether a live session was ended. */
export async function endSession(id: string, reason: SessionEndReason, now = new Date()): Promise<boolean> {
  const ended = await db.userSession.updateMany({
    where: { id, revokedAt: null },
    data: { revokedAt: now, revokeReason: reason },
  });
  return ended.count === 1;
}

type EndOptions = {
  client?: Db | Tx;
  now?: Date;
  belowLevel2Only?: boolean;
  /** Who ended them (an administrator), for the security log. */
  by?: { userId: string; ip?: string | null };
};

/**
 * Ends every live session of a user (disabled, a role revoked), inside the caller's transaction
 * when given one, so the change, the end of the sessions and its security event commit together.
 * `belowLevel2Only` ends only the sessions not opened at level 2 (a role given: those could never
 * be staff sessions).
 */
export async function endSessionsOf(
  userId: string,
  reason: SessionEndReason,
  { client = db, now = new Date(), belowLevel2Only = false, by }: EndOptions = {},
): Promise<number> {
  const ended = await client.userSession.updateMany({
    where: {
      userId,
      revokedAt: null,
      expiresAt: { gt: now },
      // isLevel2's levels; a missing acr is below level 2.
      ...(belowLevel2Only && { OR: [{ acr: null }, { acr: { notIn: ["LoA2", "LoA3", "LoA4"] } }] }),
    },
    data: { revokedAt: now, revokeReason: reason },
  });
  if (ended.count > 0)
    await recordSecurityEvent(
      {
        type: "SESSION_REVOKED",
        actorUserId: by?.userId ?? null,
        ip: by?.ip ?? null,
        target: securityTarget.user(userId),
        details: { reason, sessions: ended.count },
      },
      client,
    );
  return ended.count;
}

/**
 * Records that the session was used, at most once a minute (the idle limit is counted from
 * here). Conditional, so two requests of the same minute write once.
 */
export async function touchSession(id: string, lastSeenAt: Date, now: Date): Promise<void> {
  if (!shouldTouch(lastSeenAt, now)) return;
  await db.userSession.updateMany({
    where: { id, lastSeenAt: { lte: new Date(now.getTime() - 1) }, revokedAt: null },
    data: { lastSeenAt: now },
  });
}
