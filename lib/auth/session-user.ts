import { getToken } from "next-auth/jwt";

/** The cookies of a request, as next/headers' cookies() gives them. */
export type CookieJar = { getAll(): { name: string; value: string }[] };

/**
 * The user id in a request's session cookie, or null. The cookie is the one next-auth issues
 * (JWT strategy, lib/auth/options.ts: its `uid` claim), decrypted and its expiry checked by
 * next-auth's own decoder; a cookie split in chunks is joined the same way, and the cookie name
 * follows NEXTAUTH_URL (`__Secure-` on https) as next-auth's does. Read directly rather than
 * through getServerSession, which on every page also builds the auth handler, a CSRF token and
 * a re-encrypted cookie that a server component cannot set anyway (docs/performance.md).
 * Never from an Authorization header: no headers are passed.
 */
export async function sessionUserIdFrom(jar: CookieJar, secret: string): Promise<string | null> {
  const req = { cookies: jar, headers: {} } as unknown as Parameters<typeof getToken>[0]["req"];
  const token = await getToken({ req, secret, logger: { error: () => {}, warn: () => {}, debug: () => {} } as never });
  return typeof token?.uid === "string" && token.uid ? token.uid : null;
}
