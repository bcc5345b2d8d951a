import "server-only";
import { AppError } from "../errors";
import type { Actor } from "./actor";
import { isRecentAuth } from "./session-rules";
import { sessionPolicy } from "./user-session";

// Administrators confirm who they are before a change to roles, holidays, agencies or the
// procedure catalogue (ASVS 5.0 V7.5, re-authentication before sensitive changes): a session
// whose authentication is older than ADMIN_REAUTH_MINUTES may read the admin pages but not
// change them. Enforced in the commands (one call each, beside requireAdmin), not in the pages.

/** Refused for want of a recent authentication; the admin forms add a link to re-authenticate. */
export class ReauthRequiredError extends AppError {
  constructor(minutes: number) {
    super(
      "FORBIDDEN",
      `Thay đổi này cần xác thực lại danh tính: lần đăng nhập gần nhất của bạn đã quá ${minutes} phút. Vui lòng đăng nhập lại rồi thực hiện thay đổi.`,
    );
    this.name = "ReauthRequiredError";
  }
}

/**
 * The actor authenticated within the last ADMIN_REAUTH_MINUTES (the identity provider's auth_time
 * of the session's sign-in). An actor without a session (loaded outside a request) never has.
 */
export function requireRecentAuth(actor: Actor, now = new Date()): void {
  if (!actor.session || !isRecentAuth(actor.session.authTime, now, sessionPolicy))
    throw new ReauthRequiredError(sessionPolicy.reauthMinutes);
}
