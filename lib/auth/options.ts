import "server-only";
import type { AuthOptions } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { db } from "../db";
import { env } from "../env";
import { toIdentityProfile, type IdentityProfile } from "./claims";

// Sign-in with electronic identification through a standard OpenID Connect provider:
// authorization code + PKCE + state + nonce. In production AUTH_ISSUER is the national SSO;
// in development and tests it is the local provider of lib/dev-idp. See docs/decisions/003-auth.md.

type VneidUser = IdentityProfile & { id: string };

async function fetchUserInfo(accessToken: string | undefined): Promise<Record<string, unknown>> {
  // Some SSOs put the national claims only in UserInfo: fetch it and merge over the ID token.
  if (!accessToken) return {};
  const discovery = await fetch(`${env.AUTH_ISSUER}/.well-known/openid-configuration`).then((r) => r.json());
  const res = await fetch(discovery.userinfo_endpoint, { headers: { Authorization: `Bearer ${accessToken}` } });
  return res.ok ? ((await res.json()) as Record<string, unknown>) : {};
}

const vneid: OAuthConfig<Record<string, unknown>> = {
  id: "vneid",
  name: "VNeID",
  type: "oauth",
  wellKnown: `${env.AUTH_ISSUER}/.well-known/openid-configuration`,
  clientId: env.AUTH_CLIENT_ID,
  clientSecret: env.AUTH_CLIENT_SECRET,
  idToken: true,
  checks: ["pkce", "state", "nonce"],
  authorization: { params: { scope: "openid profile email phone", acr_values: env.AUTH_ACR_VALUES } },
  async profile(idTokenClaims, tokens) {
    const claims = { ...idTokenClaims, ...(await fetchUserInfo(tokens.access_token)) };
    const profile = toIdentityProfile(claims);
    return { ...profile, id: profile.oidcSubject, name: profile.fullName, email: profile.email };
  },
};

/** Keeps the user's record in step with the identity the state vouches for. */
async function upsertUser(p: IdentityProfile) {
  const data = {
    personalId: p.personalId,
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
    where: { personalId: p.personalId },
    create: { oidcSubject: p.oidcSubject, ...data },
    update: { oidcSubject: p.oidcSubject, ...data },
    select: { id: true },
  });
  return user.id;
}

export const authOptions: AuthOptions = {
  providers: [vneid],
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/dang-nhap", error: "/dang-nhap" },
  callbacks: {
    async jwt({ token, user }) {
      if (user) token.uid = await upsertUser(user as unknown as VneidUser);
      return token;
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
