import { describe, expect, it, vi } from "vitest";

vi.mock("../env", () => ({ env: { TRUSTED_PROXY_HOPS: 0 } }));
const { clientAddressFrom, PEER_ADDRESS_HEADER } = await import("./client-ip");
const hook = await import("../../scripts/lib/peer-address.mjs");

const h = (values: Record<string, string>) => new Headers(values);

describe("the client's address from trusted proxy hops", () => {
  const spoofed = { "x-forwarded-for": "203.0.113.66, 198.51.100.7, 10.0.0.2" };

  it("with no proxy, ignores X-Forwarded-For and takes the socket address the hook wrote", () => {
    const headers = h({ ...spoofed, [PEER_ADDRESS_HEADER]: "192.0.2.10" });
    expect(clientAddressFrom(headers, 0, true)).toBe("192.0.2.10");
  });

  it("with no proxy and no hook in this process, believes no header at all", () => {
    expect(clientAddressFrom(h({ ...spoofed, [PEER_ADDRESS_HEADER]: "192.0.2.10" }), 0, false)).toBeNull();
  });

  it("with N proxies, takes the N-th entry from the right: what the outermost proxy saw", () => {
    expect(clientAddressFrom(h(spoofed), 1, true)).toBe("10.0.0.2");
    expect(clientAddressFrom(h(spoofed), 2, true)).toBe("198.51.100.7");
    expect(clientAddressFrom(h(spoofed), 3, true)).toBe("203.0.113.66");
  });

  it("a client prepending addresses cannot move the answer", () => {
    const honest = h({ "x-forwarded-for": "198.51.100.7" });
    const forged = h({ "x-forwarded-for": "1.1.1.1, 2.2.2.2, 198.51.100.7" });
    expect(clientAddressFrom(forged, 1, true)).toBe(clientAddressFrom(honest, 1, true));
  });

  it("with fewer entries than proxies takes the leftmost, and none when the header is missing", () => {
    expect(clientAddressFrom(h({ "x-forwarded-for": "198.51.100.7" }), 3, true)).toBe("198.51.100.7");
    expect(clientAddressFrom(h({}), 1, true)).toBeNull();
  });

  it("writes one client one way: IPv4-mapped IPv6, ports and brackets removed", () => {
    expect(clientAddressFrom(h({ [PEER_ADDRESS_HEADER]: "::ffff:127.0.0.1" }), 0, true)).toBe("127.0.0.1");
    expect(clientAddressFrom(h({ "x-forwarded-for": "203.0.113.7:51234" }), 1, true)).toBe("203.0.113.7");
    expect(clientAddressFrom(h({ "x-forwarded-for": "[2001:db8::1]:443" }), 1, true)).toBe("2001:db8::1");
    expect(clientAddressFrom(h({ "x-forwarded-for": "2001:db8::1" }), 1, true)).toBe("2001:db8::1");
  });

  it("reads the header the preloaded hook writes", () => {
    expect(hook.PEER_ADDRESS_HEADER).toBe(PEER_ADDRESS_HEADER);
  });
});
