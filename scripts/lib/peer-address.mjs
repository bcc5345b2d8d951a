// Preloaded into the Next.js server (`node --import ./scripts/lib/peer-address.mjs …next start`,
// as scripts/serve.ts does): copies each request's socket address into PEER_ADDRESS_HEADER before
// Next.js sees the request, overwriting whatever a client sent under that name.
//
// Why: Next.js fills X-Forwarded-For from the socket only when the header is absent
// (`x-forwarded-for ??= socket.remoteAddress`, next/dist/server/base-server.js), so without a proxy
// in front a client's own X-Forwarded-For reaches the application untouched; no header Next.js
// sets carries the socket address. lib/http/client-ip.ts reads this one when TRUSTED_PROXY_HOPS
// is 0, and only in a process where this hook ran (PEER_ADDRESS_HOOK), so a client cannot forge
// it on a server started without the hook (docs/decisions/022-client-address.md).
import { subscribe } from "node:diagnostics_channel";

/** Kept equal to lib/http/client-ip.ts (a unit test compares them). */
export const PEER_ADDRESS_HEADER = "x-dvc-peer-address";
export const PEER_ADDRESS_HOOK = Symbol.for("dvc.peer-address-hook");

// Published by node:http for every request, synchronously, before the server's 'request' event.
subscribe("http.server.request.start", ({ request }) => {
  request.headers[PEER_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "";
});
globalThis[PEER_ADDRESS_HOOK] = true;
