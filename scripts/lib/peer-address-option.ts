import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

/** NODE_OPTIONS that preload scripts/lib/peer-address.mjs into the Next.js server (lib/http/client-ip.ts). */
export function withPeerAddressHook(nodeOptions: string | undefined): string {
  const hook = `--import=${pathToFileURL(resolve(import.meta.dirname, "peer-address.mjs")).href}`;
  return [nodeOptions, hook].filter(Boolean).join(" ");
}
