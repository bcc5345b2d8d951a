// HTTP server of the development identity provider: our interaction routes in front of
// oidc-provider's own (discovery, /auth, /token, /me, /jwks, /session/end).
// Used by scripts/dev-idp.ts and by tests; never part of the Next.js app.

import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type Provider from "oidc-provider";
import { IdentityStore } from "./identities";
import { handleInteraction, INTERACTION_PATH, sendHtml } from "./interactions";
import { loadOrCreateJwks } from "./keys";
import { errorPage } from "./pages";
import { createProvider } from "./provider";

export type DevIdpOptions = {
  /** 0 picks a free port (tests). */
  port: number;
  /** Defaults to http://localhost:<port>. Must be an origin: routes are served from "/". */
  issuer?: string;
  appUrl: string;
  clientId: string;
  clientSecret: string;
  /** JSON file of created identities; the signing keys go to jwks.json in the same folder. */
  storeFile: string;
};

export type DevIdp = { close(): Promise<void>; issuer: string };

export async function startDevIdp(options: DevIdpOptions): Promise<DevIdp> {
  const store = new IdentityStore(options.storeFile);
  const jwks = await loadOrCreateJwks(path.join(path.dirname(options.storeFile), "jwks.json"));
  const appUrl = options.appUrl.replace(/\/+$/, "");

  // The provider needs the issuer, which with port 0 is only known after listen(); the
  // server therefore listens first and gets its provider before anyone can know the port.
  let provider: Provider | undefined;
  let callback: ReturnType<Provider["callback"]> | undefined;

  const server = createServer((req, res) => {
    if (!provider || !callback) return sendHtml(res, 503, errorPage("Máy chủ định danh đang khởi động."));
    const { pathname } = new URL(req.url ?? "/", "http://idp.invalid");
    const match = INTERACTION_PATH.exec(pathname);
    if (!match) return void callback(req, res);
    handleInteraction(provider, store, req, res, match[1], match[2]).catch((error: unknown) => {
      console.error("[dev-idp] interaction failed:", error);
      if (!res.headersSent) sendHtml(res, 500, errorPage("Lỗi máy chủ định danh.", String(error)));
      else res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, () => {
      server.off("error", reject);
      resolve();
    });
  });

  const { port } = server.address() as AddressInfo;
  const issuer = (options.issuer ?? `http://localhost:${port}`).replace(/\/+$/, "");
  try {
    if (new URL(issuer).pathname !== "/") throw new Error(`DEV_IDP_ISSUER must not have a path: ${issuer}`);
    provider = createProvider({
      issuer,
      appUrl,
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      jwks,
      store,
    });
    callback = provider.callback();
  } catch (error) {
    server.close();
    throw error;
  }

  return {
    issuer,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections (browsers, fetch) would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}
