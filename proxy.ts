import { NextResponse, type NextRequest } from "next/server";
import { pagePolicy } from "./lib/http/security-headers";
import { STAFF_AREA_HEADER } from "./lib/i18n/staff-area";

// Every page rendered per request gets its own Content-Security-Policy with a fresh script nonce
// (docs/decisions/023-content-security-policy.md). The policy goes on the response and on the
// request; Next.js reads the nonce from the request's Content-Security-Policy header and writes it
// on every script it renders (it also copies a proxy's response headers into the request, so the
// response header alone would do). Kept cheap: a random value and one string.
//
// The back office stays in Vietnamese whatever language a citizen chose (docs/decisions/009). The
// root layout cannot see the path, so the request is marked here; getLocale() reads the mark. A
// visitor sending the header elsewhere only gets the Vietnamese UI.
const STAFF_AREA = /^\/(can-bo|buu-chinh)(\/|$)/;
const dev = process.env.NODE_ENV === "development";
// Sign-in posts to next-auth, which redirects to the identity provider; a payment form without
// JavaScript is redirected to the gateway: both are form targets. Read once per process.
const formTargets = [process.env.AUTH_ISSUER, process.env.PAYMENT_GATEWAY_URL];

export function proxy(request: NextRequest) {
  const policy = pagePolicy({ nonce: Buffer.from(crypto.randomUUID()).toString("base64"), dev, formTargets });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  if (STAFF_AREA.test(request.nextUrl.pathname)) headers.set(STAFF_AREA_HEADER, "1");
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

// Not run for: Next.js's own files, the API and the public files (next.config.ts gives them a
// fixed policy), a caught mail of /dev/thu (its route sets its own sandbox policy), and the public
// pages prerendered for visitors without a session (lib/i18n/static-pages.ts: no session cookie and
// no catalogue parameter; next.config.ts gives them their policy without a nonce, and the router
// serves them without running this function, docs/decisions/016). Those same addresses with a
// session cookie or a catalogue parameter are rendered per request, so they are matched by the
// entries below. The matcher must be literal (Next.js reads it when building); proxy.test.ts checks
// it against lib/i18n/static-pages.ts.
export const config = {
  matcher: [
    "/((?!_next/|api/|dev/thu/.|favicon\\.ico|icon|apple-touch-icon|manifest\\.webmanifest|robots\\.txt|\\.well-known/|thu-tuc$|thu-tuc/\\d\\.\\d{6}$|$).*)",
    { source: "/", has: [{ type: "cookie", key: "next-auth.session-token" }] },
    { source: "/", has: [{ type: "cookie", key: "next-auth.session-token.0" }] },
    { source: "/", has: [{ type: "cookie", key: "__Secure-next-auth.session-token" }] },
    { source: "/", has: [{ type: "cookie", key: "__Secure-next-auth.session-token.0" }] },
    { source: "/", has: [{ type: "query", key: "q" }] },
    { source: "/", has: [{ type: "query", key: "linh-vuc" }] },
    { source: "/", has: [{ type: "query", key: "co-quan" }] },
    { source: "/", has: [{ type: "query", key: "cap" }] },
    { source: "/", has: [{ type: "query", key: "muc-do" }] },
    { source: "/", has: [{ type: "query", key: "trang" }] },
    { source: "/thu-tuc", has: [{ type: "cookie", key: "next-auth.session-token" }] },
    { source: "/thu-tuc", has: [{ type: "cookie", key: "next-auth.session-token.0" }] },
    { source: "/thu-tuc", has: [{ type: "cookie", key: "__Secure-next-auth.session-token" }] },
    { source: "/thu-tuc", has: [{ type: "cookie", key: "__Secure-next-auth.session-token.0" }] },
    { source: "/thu-tuc", has: [{ type: "query", key: "q" }] },
    { source: "/thu-tuc", has: [{ type: "query", key: "linh-vuc" }] },
    { source: "/thu-tuc", has: [{ type: "query", key: "co-quan" }] },
    { source: "/thu-tuc", has: [{ type: "query", key: "cap" }] },
    { source: "/thu-tuc", has: [{ type: "query", key: "muc-do" }] },
    { source: "/thu-tuc", has: [{ type: "query", key: "trang" }] },
    { source: "/thu-tuc/:code(\\d\\.\\d{6})", has: [{ type: "cookie", key: "next-auth.session-token" }] },
    { source: "/thu-tuc/:code(\\d\\.\\d{6})", has: [{ type: "cookie", key: "next-auth.session-token.0" }] },
    { source: "/thu-tuc/:code(\\d\\.\\d{6})", has: [{ type: "cookie", key: "__Secure-next-auth.session-token" }] },
    { source: "/thu-tuc/:code(\\d\\.\\d{6})", has: [{ type: "cookie", key: "__Secure-next-auth.session-token.0" }] },
    { source: "/thu-tuc/:code(\\d\\.\\d{6})", has: [{ type: "query", key: "q" }] },
    { source: "/thu-tuc/:code(\\d\\.\\d{6})", has: [{ type: "query", key: "linh-vuc" }] },
    { source: "/thu-tuc/:code(\\d\\.\\d{6})", has: [{ type: "query", key: "co-quan" }] },
    { source: "/thu-tuc/:code(\\d\\.\\d{6})", has: [{ type: "query", key: "cap" }] },
    { source: "/thu-tuc/:code(\\d\\.\\d{6})", has: [{ type: "query", key: "muc-do" }] },
    { source: "/thu-tuc/:code(\\d\\.\\d{6})", has: [{ type: "query", key: "trang" }] },
  ],
};
