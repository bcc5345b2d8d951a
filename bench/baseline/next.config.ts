import type { NextConfig } from "next";

// Same options as the portal where they affect serving (no powered-by header, pg external).
const nextConfig: NextConfig = { poweredByHeader: false, serverExternalPackages: ["pg"] };

export default nextConfig;
