// Starts the development identity provider (stand-in for VNeID / the national SSO).
//   npx tsx scripts/dev-idp.ts
// Anyone can sign in as anyone here, so it refuses to run when APP_ENV=production.

export {}; // a module (top-level await) even though the only import is dynamic

if (process.env.APP_ENV === "production") {
  console.error(
    "[dev-idp] Từ chối khởi động: APP_ENV=production. Máy chủ định danh giả lập cho phép đăng nhập bằng bất kỳ danh tính nào " +
      "và chỉ dùng cho phát triển/kiểm thử. (Refusing to start the development identity provider in production.)",
  );
  process.exit(1);
}

const port = Number(process.env.DEV_IDP_PORT || 4000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`[dev-idp] DEV_IDP_PORT không hợp lệ: ${process.env.DEV_IDP_PORT}`);
  process.exit(1);
}

// Imported only after the production check, so a refused start loads nothing of oidc-provider.
const { startDevIdp } = await import("../lib/dev-idp/server");

const idp = await startDevIdp({
  port,
  issuer: process.env.DEV_IDP_ISSUER || `http://localhost:${port}`,
  appUrl: process.env.APP_URL || "http://localhost:3000",
  clientId: process.env.AUTH_CLIENT_ID || "dvc-portal",
  clientSecret: process.env.AUTH_CLIENT_SECRET || "dev-client-secret",
  storeFile: process.env.DEV_IDP_STORE || ".data/dev-idp/identities.json",
});

console.log(`[dev-idp] Máy chủ định danh giả lập đang chạy: ${idp.issuer}/.well-known/openid-configuration`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    idp.close().finally(() => process.exit(0));
  });
}
