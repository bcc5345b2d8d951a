import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { clientIp } from "@/lib/http/client-ip";
import { authOptionsFor } from "@/lib/auth/options";

// Options per request: the session row opened at sign-in records the client's address and browser.
type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(req: NextRequest, context: Context) {
  const request = { ip: clientIp(req.headers), userAgent: req.headers.get("user-agent") };
  return NextAuth(req, context, authOptionsFor(request));
}

export { handler as GET, handler as POST };
