import { hkdf } from "node:crypto";
import { promisify } from "node:util";
import { jwtDecrypt } from "jose";
import { getToken, type JWTDecodeParams } from "next-auth/jwt";

/** The cookies of a request, as next/headers' cookies() gives them. */
export type CookieJar = { getAll(): { name: string; value: string }[] };

const deriveKey = promisify(hkdf);
const encryptionKeys = new Map<string, Promise<Uint8Array>>();

/**
 * The key next-auth encrypts its session cookie with (next-auth/jwt's getDerivedEncryptionKey:
 * HKDF-SHA256 of the secret, empty salt, the same info string, 32 bytes), derived once per
 * secret. next-auth's own decoder derives it again on every call: about 0.7 ms of CPU on every
 * signed-in request, a tenth of a small page (docs/performance.md, "Pages rendered per request").
 */
function encryptionKey(secret: string): Promise<Uint8Array> {
  let key = encryptionKeys.get(secret);
  if (!key) {
    key = deriveKey("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32).then(
      (bytes) => new Uint8Array(bytes),
    );
    encryptionKeys.set(secret, key);
  }
  return key;
}

/** next-auth/jwt's decode (A256GCM, 15 s of clock tolerance on the expiry), with the key kept. */
async function decode({ token, secret }: JWTDecodeParams) {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, await encryptionKey(String(secret)), { clockTolerance: 15 });
  return payload;
}

/** What a session cookie names: the user, and their server-side session (lib/auth/user-session.ts). */
export type SessionClaims = { userId: string; sessionId: string };

/**
 * The user and session ids in a request's session cookie, or null. The cookie is the one next-auth
 * issues (JWT strategy, lib/auth/options.ts: its `uid` and `sid` claims), decrypted and its expiry
 * checked; a cookie split in chunks is joined by next-auth's own getToken, and the cookie name
 * follows NEXTAUTH_URL (`__Secure-` on https) as next-auth's does. Read directly rather than
 * through getServerSession, which on every page also builds the auth handler, a CSRF token and a
 * re-encrypted cookie that a server component cannot set anyway (docs/performance.md).
 * Never from an Authorization header: no headers are passed. A cookie without a session id
 * (issued before sessions were kept on the server) names no session: signed out.
 */
export async function sessionClaimsFrom(jar: CookieJar, secret: string): Promise<SessionClaims | null> {
  const req = { cookies: jar, headers: {} } as unknown as Parameters<typeof getToken>[0]["req"];
  const token = await getToken({
    req,
    secret,
    decode,
    logger: { error: () => {}, warn: () => {}, debug: () => {} } as never,
  });
  const text = (v: unknown) => (typeof v === "string" && v ? v : null);
  const userId = text(token?.uid);
  const sessionId = text(token?.sid);
  return userId && sessionId ? { userId, sessionId } : null;
}
