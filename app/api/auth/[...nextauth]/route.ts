import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { clientIp } from "@/lib/http/client-ip";
import { authOptionsFor } from "@/lib/auth/options";
import { recordSignInFailure } from "@/lib/auth/sign-in-failure";

// Options per request: the session row opened at sign-in records the client's address and browser.
type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(req: NextRequest, context: Context) {
  const request = { ip: clientIp(req.headers), userAgent: req.headers.get("user-agent") };
  const res: Response = await NextAuth(req, context, authOptionsFor(request));
  // The provider's answer coming back (/api/auth/callback/vneid): a failure goes to the security log.
  if ((await context.params).nextauth[0] === "callback")
    await recordSignInFailure(res.headers.get("location"), request.ip);
  return res;
}

export { handler as GET, handler as POST };
