"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientIp } from "../http/client-ip";
import { recordSecurityEventQuietly, securityTarget } from "../security-log/record";
import { env } from "../env";
import { sessionClaimsFrom } from "./session-user";
import { endSession } from "./user-session";

// Signing out ends the server-side session first (so a copy of the cookie is worth nothing from
// now on), then forgets the cookie (a JWT, chunked when large). No client library needed, so
// every page keeps that JavaScript off the phone.
export async function signOutAction() {
  const jar = await cookies();
  const claims = await sessionClaimsFrom(jar, env.NEXTAUTH_SECRET);
  if (claims && (await endSession(claims.sessionId, "SIGNED_OUT")))
    await recordSecurityEventQuietly({
      type: "SIGN_OUT",
      actorUserId: claims.userId,
      ip: clientIp(await headers()),
      target: securityTarget.user(claims.userId),
    });
  for (const { name } of jar.getAll()) {
    if (/^(__Secure-)?next-auth\.session-token(\.\d+)?$/.test(name)) jar.delete(name);
  }
  redirect("/");
}
