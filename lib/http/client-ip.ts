import "server-only";
import { env } from "../env";

// The client's address, in one place: the audit trail (lib/auth/actor.ts, lib/api/handler.ts)
// and every rate-limit key read it here.
//
// X-Forwarded-For is written by each proxy in front of the portal, which appends the address it
// received the request from; everything to the left of what our own proxies wrote is whatever the
// client sent. With TRUSTED_PROXY_HOPS = N proxies in front, the client is therefore the N-th entry
// counted from the right, and nothing further left is believed. With 0 (the portal faces the
// clients), X-Forwarded-For is ignored altogether and the socket address is used: Next.js passes a
// client's X-Forwarded-For through untouched, so it is taken from the header that
// scripts/lib/peer-address.mjs writes from the socket (docs/decisions/022-client-address.md).

/** Written by scripts/lib/peer-address.mjs from the socket; kept equal to it (unit test). */
export const PEER_ADDRESS_HEADER = "x-dvc-peer-address";
const PEER_ADDRESS_HOOK = Symbol.for("dvc.peer-address-hook");

type HeaderSource = { get(name: string): string | null };

/**
 * The client's address from the request's headers, given the number of trusted proxy hops.
 * `peerHookActive`: whether this process runs the hook that writes PEER_ADDRESS_HEADER (without it
 * that header could come from the client, so it is not read).
 */
export function clientAddressFrom(headers: HeaderSource, hops: number, peerHookActive: boolean): string | null {
  if (hops === 0) return (peerHookActive && normalise(headers.get(PEER_ADDRESS_HEADER))) || null;
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  // Fewer entries than proxies: the request did not come through all of them (a misconfiguration);
  // the leftmost is then the best the proxies vouch for, and it is still not the client's choice
  // unless the first proxy was bypassed.
  if (entries.length === 0) return null;
  return normalise(entries[Math.max(0, entries.length - hops)]) || null;
}

/** The acting client's address under this server's TRUSTED_PROXY_HOPS, or null when unknown. */
export function clientIp(headers: HeaderSource): string | null {
  return clientAddressFrom(headers, env.TRUSTED_PROXY_HOPS, PEER_ADDRESS_HOOK in globalThis);
}

/** The key a per-address rate limit counts under: the address, or one shared bucket when unknown. */
export function clientKey(headers: HeaderSource): string {
  return clientIp(headers) ?? "unknown";
}

// "::ffff:127.0.0.1" (an IPv4 client on a dual-stack socket) is the same client as "127.0.0.1";
// a port some proxies append ("203.0.113.7:51234", "[2001:db8::1]:443") is not part of it.
function normalise(value: string | null): string {
  let v = (value ?? "").trim();
  if (v.startsWith("[")) v = v.slice(1, v.indexOf("]") > 0 ? v.indexOf("]") : undefined);
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(v)) v = v.slice(0, v.lastIndexOf(":"));
  if (v.toLowerCase().startsWith("::ffff:") && v.includes(".")) v = v.slice(7);
  return v.slice(0, 64);
}
