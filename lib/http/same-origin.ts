import "server-only";
import { env } from "../env";
import { AppError } from "../errors";

// Route handlers that change state for a signed-in browser user (uploads, deleting a file) are
// plain POST/PATCH/DELETE requests carrying the session cookie. Server actions are protected by
// Next.js, which compares the Origin header with the Host; these get the same check here
// (docs/decisions/022-hostile-uploads.md):
// - an Origin header (every browser sends one with a POST, PATCH or DELETE, same-origin too) must
//   be the portal's own: NEXTAUTH_URL's origin or the host the request was addressed to; "null"
//   (a sandboxed frame, a data: page) is refused;
// - without Origin, a browser's Sec-Fetch-Site must not say "cross-site" or "same-site";
// - with neither header the client is not a browser (curl, the tests, a script with the user's
//   own cookie): nothing another site could make a victim's browser send.

export const CROSS_SITE_MESSAGE =
  "Yêu cầu bị từ chối vì được gửi từ một trang web khác. Vui lòng thao tác trực tiếp trên Cổng dịch vụ công.";

type RequestLike = { headers: { get(name: string): string | null } };

/** Whether the request may change state for the signed-in user: not sent by a page of another site. */
export function isSameOrigin(request: RequestLike, portalUrl: string = env.NEXTAUTH_URL): boolean {
  const origin = request.headers.get("origin");
  if (origin !== null) {
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      return false; // "null" and anything else that is not an origin
    }
    if (url.origin === new URL(portalUrl).origin) return true;
    const host = request.headers.get("host");
    return host !== null && url.host === host && (url.protocol === "https:" || url.protocol === "http:");
  }
  const site = request.headers.get("sec-fetch-site");
  return site !== "cross-site" && site !== "same-site";
}

/** Throws 403 for a request another site's page made the user's browser send. */
export function assertSameOrigin(request: RequestLike): void {
  if (!isSameOrigin(request)) throw new AppError("FORBIDDEN", CROSS_SITE_MESSAGE);
}
