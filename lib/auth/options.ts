import "server-only";
import type { AuthOptions } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { idNumberHash, sealIdNumber } from "../crypto/personal-data";
import { db } from "../db";
import { env } from "../env";
import { recordSecurityEvent, recordSecurityEventQuietly, securityTarget } from "../security-log/record";
import { toIdentityProfile, type IdentityProfile } from "./claims";
import { isLevel2 } from "./session-rules";
import { startSession, userAgentSummary } from "./user-session";

// Sign-in with electronic identification through a standard OpenID Connect provider:
// authorization code + PKCE + state + nonce. In production AUTH_ISSUER is the national SSO;
// in development and tests it is the local provider of lib/dev-idp. See docs/decisions/003-auth.md.

type VneidUser = IdentityProfile & { id: string };

async function fetchUserInfo(issuer: string, accessToken: string | undefined): Promise<Record<string, unknown>> {
  // Some SSOs put the national claims only in UserInfo: fetch it and merge over the ID token.
  if (!accessToken) return {};
  const discovery = await fetch(`${issuer}/.well-known/openid-configuration`).then((r) => r.json());
  const res = await fetch(discovery.userinfo_endpoint, { headers: { Authorization: `Bearer ${accessToken}` } });
  return res.ok ? ((await res.json()) as Record<string, unknown>) : {};
}

function vneidProvider(issuer: string): OAuthConfig<Record<string, unknown>> {
  return {
    id: "vneid",
    name: "VNeID",
    type: "oauth",
    wellKnown: `${issuer}/.well-known/openid-configuration`,
    clientId: env.AUTH_CLIENT_ID,
    clientSecret: env.AUTH_CLIENT_SECRET,
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    authorization: { params: { scope: "openid profile email phone", acr_values: env.AUTH_ACR_VALUES } },
    async profile(idTokenClaims, tokens) {
      const claims = { ...idTokenClaims, ...(await fetchUserInfo(issuer, tokens.access_token)) };
      const profile = toIdentityProfile(claims);
      return { ...profile, id: profile.oidcSubject, name: profile.fullName, email: profile.email };
    },
  };
}

/** Keeps the user's record in step with the identity the state vouches for. */
async function upsertUser(p: IdentityProfile) {
  // The number is sealed at rest; the person is found by its keyed hash (lib/crypto/personal-data.ts).
  const { sealed, hash } = sealIdNumber(p.personalId);
  const data = {
    personalId: sealed,
    personalIdHash: hash,
    fullName: p.fullName,
    dateOfBirth: p.dateOfBirth,
    gender: p.gender,
    phone: p.phone,
    email: p.email,
    permanentAddress: p.permanentAddress,
    taxCode: p.taxCode,
    businessCode: p.businessCode,
    businessName: p.businessName,
    assuranceLevel: p.assuranceLevel,
    lastSignInAt: new Date(),
  };
  const user = await db.user.upsert({
    where: { personalIdHash: hash },
    create: { oidcSubject: p.oidcSubject, ...data },
    update: { oidcSubject: p.oidcSubject, ...data },
    select: { id: true },
  });
  return user.id;
}

/**
 * Who may not sign in, and why (the sign-in page words the `error`): a user an administrator
 * disabled, and staff (anyone with a role) below e-ID level 2 (session-rules.ts). Refused here,
 * before any session exists, rather than let in and turned away by the staff pages: a staff
 * member's session is a staff session on every page, the citizen's included.
 */
export async function signInRefusal(
  p: IdentityProfile,
  request: SignInRequest,
): Promise<"Disabled" | "StaffLevel2" | null> {
  const user = await db.user.findUnique({
    where: { personalIdHash: idNumberHash(p.personalId) },
    select: { id: true, disabledAt: true, _count: { select: { memberships: true } } },
  });
  const refusal = user?.disabledAt
    ? "Disabled"
    : user && user._count.memberships > 0 && !isLevel2(p.assuranceLevel)
      ? "StaffLevel2"
      : null;
  if (user && refusal)
    await recordSecurityEventQuietly({
      type: "SIGN_IN_FAILED",
      actorUserId: user.id,
      ip: request.ip,
      target: securityTarget.user(user.id),
      details: { reason: refusal, acr: p.assuranceLevel },
    });
  return refusal;
}

/** What the sign-in request says of the browser, for the session row. */
export type SignInRequest = { ip: string | null; userAgent: string | null };

/**
 * next-auth's options for one request to /api/auth/* (app/api/auth/[...nextauth]/route.ts): the
 * request's address and browser go into the session row opened at sign-in. `issuer` is the
 * identity provider's (tests start their own).
 */
export function authOptionsFor(request: SignInRequest, issuer: string = env.AUTH_ISSUER): AuthOptions {
  return {
    providers: [vneidProvider(issuer)],
    secret: env.NEXTAUTH_SECRET,
    // The cookie lives as long as the session may (SESSION_MAX_HOURS); the session row decides sooner.
    session: { strategy: "jwt", maxAge: env.SESSION_MAX_HOURS * 60 * 60 },
    pages: { signIn: "/dang-nhap", error: "/dang-nhap" },
    callbacks: {
      async signIn({ user }) {
        const refusal = await signInRefusal(user as unknown as VneidUser, request);
        return refusal ? `/dang-nhap?error=${refusal}` : true;
      },
      async jwt({ token, user }) {
        if (!user) return token;
        // Sign-in: the token carries the user's id and the id of the server-side session, nothing else of ours.
        const profile = user as unknown as VneidUser;
        const userId = await upsertUser(profile);
        const sessionId = await startSession({
          userId,
          acr: profile.assuranceLevel,
          // Without auth_time (a provider that leaves it out) the sign-in is taken as just now.
          authTime: profile.authTime ? new Date(profile.authTime) : new Date(),
          ip: request.ip,
          userAgent: userAgentSummary(request.userAgent),
        });
        await recordSecurityEvent({
          type: "SIGN_IN",
          actorUserId: userId,
          ip: request.ip,
          target: securityTarget.user(userId),
          details: { acr: profile.assuranceLevel },
        });
        return { ...token, uid: userId, sid: sessionId };
      },
      async session({ session, token }) {
        if (session.user) session.user.id = String(token.uid ?? "");
        return session;
      },
      async redirect({ url, baseUrl }) {
        // Only ever redirect within the portal (no open redirects after sign-in).
        if (url.startsWith("/")) return `${baseUrl}${url}`;
        return new URL(url).origin === baseUrl ? url : baseUrl;
      },
    },
  };
}
