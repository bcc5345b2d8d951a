import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // These run only on the server; keep them out of the bundler.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "file-type", "pdf-lib", "@pdf-lib/fontkit", "sharp", "@tus/server", "@tus/file-store", "nodemailer"],
  typedRoutes: false,
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
