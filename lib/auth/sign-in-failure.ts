import "server-only";
import { recordSecurityEventQuietly } from "../security-log/record";

// next-auth ends a failed sign-in (the provider refused or the person cancelled, a state or PKCE
// check failed, the token exchange broke) with a redirect carrying `error` to its error route
// (/api/auth/error, which sends the browser on to the sign-in page) or to the sign-in page.
// No callback of next-auth 4 sees those failures, so the route records them from its answer.
// The refusals of our own signIn callback (lib/auth/options.ts) are recorded there, with the person.

/** Errors recorded by signInRefusal itself. */
const RECORDED_WITH_THE_PERSON = new Set(["Disabled", "StaffLevel2"]);

/** The `error` of a sign-in callback's redirect to an error, or null when it is not one. */
export function signInFailureOf(location: string | null): string | null {
  if (!location) return null;
  const url = new URL(location, "http://portal.invalid");
  const error = ["/api/auth/error", "/dang-nhap"].includes(url.pathname) ? url.searchParams.get("error") : null;
  return error && !RECORDED_WITH_THE_PERSON.has(error) ? error.slice(0, 64) : null;
}

/** Records a failed sign-in (no person is known yet) when the answer to a callback is one. */
export async function recordSignInFailure(location: string | null, ip: string | null): Promise<void> {
  const reason = signInFailureOf(location);
  if (reason) await recordSecurityEventQuietly({ type: "SIGN_IN_FAILED", ip, details: { reason } });
}
