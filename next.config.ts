import type { NextConfig } from "next";
import { staticPageRewrites } from "./lib/i18n/static-pages";

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
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
