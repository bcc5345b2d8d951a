import type { NextConfig } from "next";
import { API_POLICY, pagePolicy, strictTransportSecurity } from "./lib/http/security-headers";
import { CATALOGUE_PARAMS, SESSION_COOKIES, STATIC_PAGES, staticPageRewrites } from "./lib/i18n/static-pages";

const CSP = "Content-Security-Policy";
// When the public address is https (decided when this file is read: `next build`, and `next dev`).
const hsts = strictTransportSecurity(process.env.NEXTAUTH_URL);

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // These run only on the server; keep them out of the bundler.
  serverExternalPackages: [
    "pg",
    "@prisma/adapter-pg",
    "file-type",
    "pdf-lib",
    "@pdf-lib/fontkit",
    "sharp",
    "@tus/server",
    "@tus/file-store",
    "nodemailer",
  ],
  typedRoutes: false,
  // Two kinds of root layout (docs/decisions/016): an unmatched address gets app/global-not-found.tsx.
  // The prerendered copies (and their 404s) stay in the bounded in-memory cache, never on disk:
  // any address under /thu-tuc/<code> makes one, and a start must not serve another database's.
  experimental: { globalNotFound: true, isrFlushToDisk: false },
  // Visitors without a session get the public pages prerendered in their language (lib/i18n/static-pages.ts).
  async rewrites() {
    return { beforeFiles: staticPageRewrites(), afterFiles: [], fallback: [] };
  },
  // The Content-Security-Policy of what proxy.ts does not see (docs/decisions/027): the pages
  // prerendered for visitors without a session (the rewrites' own conditions), the API and the
  // files. Pages rendered per request get theirs, with a nonce, from proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          ...(hsts ? [{ key: "Strict-Transport-Security", value: hsts }] : []),
        ],
      },
      ...STATIC_PAGES.map((source) => ({
        source,
        missing: [
          ...SESSION_COOKIES.map((key) => ({ type: "cookie" as const, key })),
          ...CATALOGUE_PARAMS.map((key) => ({ type: "query" as const, key })),
        ],
        headers: [{ key: CSP, value: pagePolicy({ dev: process.env.NODE_ENV === "development" }) }],
      })),
      // Route handlers answering JSON, redirects or plain text. Not those serving a file (an
      // attachment, a generated PDF or workbook: their routes set their own headers) nor the API
      // reference, whose route sets a policy allowing its inline style.
      {
        source: "/api/:path((?!attachments/|consultations/|dossiers/|so-theo-doi|bao-cao|postal/handovers/|v1/docs).*)",
        headers: [{ key: CSP, value: API_POLICY }],
      },
      { source: "/_next/:path*", headers: [{ key: CSP, value: API_POLICY }] },
      // public/
      {
        source: "/:file(favicon\\.ico|icon[\\w.-]*|apple-touch-icon\\.png|manifest\\.webmanifest|robots\\.txt)",
        headers: [{ key: CSP, value: API_POLICY }],
      },
      { source: "/.well-known/:path*", headers: [{ key: CSP, value: API_POLICY }] },
    ];
  },
};

export default nextConfig;
