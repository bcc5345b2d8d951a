import "server-only";
import { isAppError } from "../errors";
import { recordSecurityEventQuietly } from "./record";

/** Who was refused: the acting user as lib/auth/actor.ts loads it (typed here, not imported: auth writes to this log). */
type Refused = { userId: string; ip?: string | null; memberships: readonly unknown[] };

/**
 * Logs an authorisation refusal of a staff member's command (ACCESS_DENIED), called where every
 * server action's refusal passes (lib/actions/safe-action.ts, runCommand). Scoped reads answer
 * "not found" for "not yours" (lib/errors.ts), so a staff member's NOT_FOUND is logged as well as
 * FORBIDDEN: either may be someone probing outside their scope. A citizen's "not found" is not a
 * security event (a mistyped code, an expired link) and is not logged; nor are refusals on input.
 */
export async function recordRefusal(actor: Refused, e: unknown): Promise<void> {
  if (!isAppError(e) || (e.code !== "FORBIDDEN" && e.code !== "NOT_FOUND")) return;
  if (actor.memberships.length === 0) return;
  await recordSecurityEventQuietly({
    type: "ACCESS_DENIED",
    actorUserId: actor.userId,
    ip: actor.ip,
    details: { code: e.code },
  });
}
