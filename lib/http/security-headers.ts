// The Content-Security-Policy and Strict-Transport-Security of every response, in one place
// (docs/decisions/023-content-security-policy.md). Read by proxy.ts, which gives each page
// rendered per request its own script nonce, and by next.config.ts, which gives the prerendered
// public pages and the API their fixed policies. Dependency-free: both load it outside the app.

type Sources = {
  /** A fresh nonce for this response's scripts; absent for the prerendered pages. */
  nonce?: string;
  /** `next dev`: React rebuilds server error stacks with eval, and its overlay injects styles. */
  dev?: boolean;
  /** Origins a form may post to (or be redirected to after posting): the identity provider, the payment gateway. */
  formTargets?: (string | undefined)[];
};

/** An absolute URL's origin, or nothing when it is missing, relative or not a URL. */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { origin } = new URL(url);
    return origin === "null" ? null : origin;
  } catch {
    return null;
  }
}

/**
 * The policy of an HTML page. With a nonce, only the scripts Next.js renders with it run, and
 * those they load ('strict-dynamic'): an injected `<script>` or inline handler does not. Without
 * one (a copy prerendered once for every visitor, which cannot carry a per-response nonce and whose
 * inline data scripts change with the catalogue), inline scripts are allowed; such a page reflects
 * nothing from the request. Styles allow 'unsafe-inline': Next.js and React write style attributes
 * (the route announcer, the statistics legend), which a nonce cannot cover.
 */
export function pagePolicy({ nonce, dev = false, formTargets = [] }: Sources): string {
  const forms = [...new Set(formTargets.map(originOf).filter((o): o is string => o !== null))];
  const script = nonce ? ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"] : ["'self'", "'unsafe-inline'"];
  if (dev) script.push("'unsafe-eval'");
  const directives = [
    "default-src 'self'",
    `script-src ${script.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    // A prerendered copy has no form-action: its headers are fixed when `next build` runs, which
    // does not know the identity provider's address of the server that will run it, and its
    // sign-in button posts to next-auth, which redirects to that provider (a redirect form-action
    // also governs). With 'unsafe-inline' scripts there, form-action would add little anyway.
    ...(nonce ? [`form-action ${["'self'", ...forms].join(" ")}`] : []),
    "frame-ancestors 'none'",
  ];
  return directives.join("; ");
}

/** JSON and other non-HTML answers of route handlers: nothing to load, never framed. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * A PDF the portal generated and the browser shows in its viewer (lib/http.ts, `print`): never
 * framed, no base or form. Not `sandbox` nor `default-src 'none'`: browsers' PDF viewers do not
 * render under them, and our own pdf-lib output carries no script to contain.
 */
export const PRINT_POLICY = "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Strict-Transport-Security, only when the portal's public address is https (never on plain http). */
export function strictTransportSecurity(publicUrl: string | undefined): string | null {
  return publicUrl?.startsWith("https://") ? "max-age=31536000; includeSubDomains" : null;
}
