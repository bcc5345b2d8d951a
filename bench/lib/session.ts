// A signed-in visitor for the load tests: the same session cookie next-auth issues after the
// OpenID Connect sign-in (JWT strategy, lib/auth/options.ts), minted with the server's secret,
// so the pages measured run their real session and authorisation code.
import { encode } from "next-auth/jwt";

export async function sessionCookie(secret: string, user: { id: string; fullName: string }): Promise<string> {
  const token = await encode({ secret, token: { sub: user.id, name: user.fullName, uid: user.id }, maxAge: 8 * 3600 });
  return `next-auth.session-token=${token}`;
}
