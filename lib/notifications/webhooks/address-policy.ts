// Where a webhook may be delivered. A subscriber names a URL, and the portal then POSTs to it
// from inside the province's network: without a rule, a URL naming 127.0.0.1, 10.x, the cloud
// metadata address 169.254.169.254 or a name that resolves to one of them turns the portal into
// a proxy into that network (server-side request forgery, OWASP ASVS 5.0 V1.3.6). In production
// a webhook is https and every address its name resolves to is public; checked at registration
// and again at each delivery, which then connects to the very address it checked (a name that
// resolved to a public address at the check and to 127.0.0.1 a moment later — DNS rebinding —
// is never reached). Development and tests deliver to local catchers (WEBHOOK_ALLOW_PRIVATE).
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { AppError } from "../../errors";

export type ResolvedAddress = { address: string; family: 4 | 6 };
/** Every address a host name resolves to (the system resolver; tests pass their own). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export type WebhookAddressPolicy = {
  /** http:// and non-public addresses allowed: local catchers outside production only. */
  allowPrivate: boolean;
  resolve?: Resolver;
};

export const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((a) => ({
    address: a.address,
    family: a.family === 6 ? 6 : 4,
  }));

// Not public: RFC 6890's special-purpose registries, the ranges people mean by "private".
const blocked = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local, cloud metadata (169.254.169.254)
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.88.99.0", 24], // 6to4 relay anycast
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation
  ["203.0.113.0", 24], // documentation
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
] as const)
  blocked.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 128], // unspecified
  ["::1", 128], // loopback
  ["64:ff9b:1::", 48], // local-use IPv4/IPv6 translation
  ["100::", 64], // discard-only
  ["2001:db8::", 32], // documentation
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["fec0::", 10], // site-local (deprecated)
  ["ff00::", 8], // multicast
] as const)
  blocked.addSubnet(net, prefix, "ipv6");

/** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d) or NAT64 (64:ff9b::a.b.c.d) IPv6 address. */
function embeddedIpv4(ip: string): string | null {
  const m = /^(?:::ffff:|64:ff9b::)(?:0:)?([0-9.]+|[0-9a-f]{1,4}:[0-9a-f]{1,4})$/i.exec(ip);
  if (!m) return null;
  if (m[1].includes(".")) return m[1];
  const [hi, lo] = m[1].split(":").map((h) => parseInt(h, 16));
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join(".");
}

/** Whether `ip` is a public unicast address (IPv4, IPv6, or IPv4 carried in IPv6). */
export function isPublicAddress(ip: string): boolean {
  const version = isIP(ip);
  if (version === 0) return false;
  if (version === 4) return !blocked.check(ip, "ipv4");
  const v4 = embeddedIpv4(ip.toLowerCase());
  if (v4) return isIP(v4) === 4 && !blocked.check(v4, "ipv4");
  return !blocked.check(ip, "ipv6");
}

/** A webhook address refused by the rules above, with the field it is about (the API answers 400). */
export class WebhookAddressRefused extends AppError {
  readonly field = "url";
  constructor(message: string) {
    super("INVALID_INPUT", message);
  }
}

export const WEBHOOK_ADDRESS_MESSAGES = {
  https: "Địa chỉ webhook phải dùng https:// (Webhook URL must use https).",
  credentials: "Địa chỉ webhook không được chứa tên đăng nhập hay mật khẩu (no credentials in the URL).",
  unresolved: "Không phân giải được tên miền của địa chỉ webhook (the host name does not resolve).",
  private:
    "Địa chỉ webhook phải trỏ tới địa chỉ công khai trên Internet, không phải mạng nội bộ, loopback hay địa chỉ dành riêng (must resolve to public addresses only).",
} as const;

/**
 * Checks a webhook address as it is registered: https, no credentials and, in production, a name
 * whose every address is public. Outside production a name need not resolve yet (a catcher may be
 * started later). Throws WebhookAddressRefused with a message naming the rule.
 */
export async function checkWebhookAddress(raw: string, policy: WebhookAddressPolicy): Promise<void> {
  const url = checkUrl(raw, policy);
  if (!policy.allowPrivate) await resolveChecked(url, policy);
}

/**
 * The address a delivery connects to: the URL checked as at registration, the name resolved now,
 * every address checked, the first one returned (the caller connects to it and to nothing else).
 */
export async function resolveWebhookTarget(
  raw: string,
  policy: WebhookAddressPolicy,
): Promise<{ url: URL; target: ResolvedAddress }> {
  const url = checkUrl(raw, policy);
  return { url, target: await resolveChecked(url, policy) };
}

function checkUrl(raw: string, policy: WebhookAddressPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new WebhookAddressRefused(WEBHOOK_ADDRESS_MESSAGES.https);
  }
  const protocols = policy.allowPrivate ? ["https:", "http:"] : ["https:"];
  if (!protocols.includes(url.protocol)) throw new WebhookAddressRefused(WEBHOOK_ADDRESS_MESSAGES.https);
  if (url.username || url.password) throw new WebhookAddressRefused(WEBHOOK_ADDRESS_MESSAGES.credentials);
  return url;
}

async function resolveChecked(url: URL, policy: WebhookAddressPolicy): Promise<ResolvedAddress> {
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  let addresses: ResolvedAddress[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) === 6 ? 6 : 4 }];
  else {
    try {
      addresses = await (policy.resolve ?? systemResolver)(host);
    } catch {
      addresses = [];
    }
  }
  if (addresses.length === 0) throw new WebhookAddressRefused(WEBHOOK_ADDRESS_MESSAGES.unresolved);
  // Every address, not only the first: a name with one public and one private address is refused.
  if (!policy.allowPrivate && !addresses.every((a) => isPublicAddress(a.address)))
    throw new WebhookAddressRefused(WEBHOOK_ADDRESS_MESSAGES.private);
  return addresses[0];
}
