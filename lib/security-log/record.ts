// The security event log (Nhật ký an toàn thông tin): who signed in, failed to, signed out or had a
// session ended; who was refused what; which roles were granted and revoked; which administrative
// record changed; which API key was used. One row per event in SecurityEvent.
//
//   await recordSecurityEvent({ type: "ROLE_GRANTED", actorUserId: admin.userId, ip: admin.ip,
//     target: securityTarget.user(userId), details: { agencyId, role } }, tx);
//
// Pass the transaction (`client`) when the event belongs to a change, so that both commit or
// neither does; on a path that only reports (a refusal), use `recordSecurityEventQuietly`, which
// logs a failure to the console instead of turning the answer into an error.
//
// The database makes the log tamper-evident, not this module (migration
// 20261208004000_security_log, docs/decisions/023-tamper-evident-logs.md): it seals each row into
// a hash chain when the row commits, and refuses UPDATE, DELETE and TRUNCATE. `npm run
// audit:verify` recomputes the chain. `details` is kept for years: ids, codes and counts only,
// never a name, a personal number, an address or a free text typed by someone.
import "server-only";
import type { Db, Tx } from "../db/create-client";
import { db } from "../db";
import type { SecurityEventType } from "../generated/prisma/enums";

export type { SecurityEventType };

/** Values `details` may carry: identifiers and small facts, no personal data. */
export type SecurityEventDetails = Record<string, string | number | boolean | null | readonly string[]>;

export type SecurityEvent = {
  type: SecurityEventType;
  /** The signed-in person who acted; null for a visitor, an API key or the system. */
  actorUserId?: string | null;
  ip?: string | null;
  /** What the event is about, `kind:id` — build it with `securityTarget`. */
  target?: string | null;
  details?: SecurityEventDetails;
};

/** The `target` of an event, `kind:id`, so that the log can be searched by what was touched. */
export const securityTarget = {
  user: (id: string) => `user:${id}`,
  dossier: (id: string) => `dossier:${id}`,
  agency: (id: string) => `agency:${id}`,
  procedure: (id: string) => `procedure:${id}`,
  apiKey: (id: string) => `api-key:${id}`,
  /** Any other administered record: `calendar-day:2026-09-02`, `webhook:…`, `outbox:…`. */
  record: (kind: string, id: string) => `${kind}:${id}`,
};

type Client = Db | Tx;

/** Appends one event; in `client`'s transaction when one is passed. */
export async function recordSecurityEvent(event: SecurityEvent, client: Client = db): Promise<void> {
  await client.securityEvent.create({
    data: {
      type: event.type,
      actorUserId: event.actorUserId ?? null,
      ip: event.ip ?? null,
      target: event.target ?? null,
      details: event.details ?? undefined,
    },
  });
}

/**
 * The same, for paths whose answer is already decided (a refusal, a failed sign-in): a failure to
 * write the log is reported on the console and does not replace the answer with an error.
 */
export async function recordSecurityEventQuietly(event: SecurityEvent, client: Client = db): Promise<void> {
  try {
    await recordSecurityEvent(event, client);
  } catch (e) {
    console.error(`Security log (${event.type}):`, e);
  }
}

/**
 * An administrative change (ADMIN_CHANGE) by `actor`, written in the change's own transaction:
 * `change` names it in a word (`"procedure-steps"`, `"calendar-day-deleted"`), `target` is what it
 * changed. The values typed are not copied: the record itself keeps who changed it last.
 */
export function recordAdminChange(
  actor: { userId: string; ip?: string | null },
  target: string,
  change: string,
  client: Client,
  details: SecurityEventDetails = {},
): Promise<void> {
  return recordSecurityEvent(
    { type: "ADMIN_CHANGE", actorUserId: actor.userId, ip: actor.ip, target, details: { change, ...details } },
    client,
  );
}
