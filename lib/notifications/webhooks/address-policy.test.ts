import { describe, expect, it } from "vitest";
import {
  checkWebhookAddress,
  isPublicAddress,
  resolveWebhookTarget,
  WEBHOOK_ADDRESS_MESSAGES,
  type Resolver,
} from "./address-policy";

const PRODUCTION = { allowPrivate: false };
const resolver =
  (table: Record<string, string[]>): Resolver =>
  async (host) =>
    (table[host] ?? []).map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));

describe("public addresses", () => {
  it.each([
    "127.0.0.1",
    "127.255.0.9",
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254", // cloud metadata
    "169.254.0.5",
    "100.64.0.1", // carrier-grade NAT
    "100.127.255.254",
    "0.0.0.0",
    "224.0.0.1", // multicast
    "239.255.255.250",
    "255.255.255.255",
    "198.18.0.1",
    "::1",
    "::",
    "fc00::1", // unique local
    "fd12:3456::1",
    "fe80::1", // link-local
    "ff02::1", // multicast
    "::ffff:127.0.0.1", // IPv4-mapped loopback
    "::ffff:7f00:1",
    "::ffff:10.0.0.1",
    "::ffff:a9fe:a9fe", // mapped metadata address
    "64:ff9b::a9fe:a9fe", // NAT64 of the metadata address
    "not-an-ip",
  ])("refuses %s", (ip) => expect(isPublicAddress(ip)).toBe(false));

  it.each(["1.1.1.1", "8.8.8.8", "14.225.0.1", "172.32.0.1", "100.128.0.1", "2001:4860:4860::8888", "::ffff:8.8.8.8"])(
    "accepts %s",
    (ip) => expect(isPublicAddress(ip)).toBe(true),
  );
});

describe("webhook address at registration, in production", () => {
  const resolve = resolver({
    "lgsp.tayninh.gov.vn": ["14.225.0.1"],
    "intranet.tayninh.gov.vn": ["10.0.0.5"],
    "mixed.example.vn": ["14.225.0.2", "192.168.0.2"],
    "v6.example.vn": ["fd00::1"],
  });
  const refused = (url: string, message: string) =>
    expect(checkWebhookAddress(url, { ...PRODUCTION, resolve })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      field: "url",
      message,
    });

  it("accepts https to a name whose addresses are all public", async () => {
    await expect(checkWebhookAddress("https://lgsp.tayninh.gov.vn/hook", { ...PRODUCTION, resolve })).resolves.toBe(
      undefined,
    );
  });

  it("refuses http, credentials, private names and literal addresses, and names that do not resolve", async () => {
    await refused("http://lgsp.tayninh.gov.vn/hook", WEBHOOK_ADDRESS_MESSAGES.https);
    await refused("https://u:p@lgsp.tayninh.gov.vn/hook", WEBHOOK_ADDRESS_MESSAGES.credentials);
    await refused("https://intranet.tayninh.gov.vn/hook", WEBHOOK_ADDRESS_MESSAGES.private);
    await refused("https://mixed.example.vn/hook", WEBHOOK_ADDRESS_MESSAGES.private);
    await refused("https://v6.example.vn/hook", WEBHOOK_ADDRESS_MESSAGES.private);
    await refused("https://127.0.0.1/hook", WEBHOOK_ADDRESS_MESSAGES.private);
    await refused("https://169.254.169.254/latest/meta-data", WEBHOOK_ADDRESS_MESSAGES.private);
    await refused("https://[::1]/hook", WEBHOOK_ADDRESS_MESSAGES.private);
    await refused("https://[::ffff:127.0.0.1]/hook", WEBHOOK_ADDRESS_MESSAGES.private);
    await refused("https://0x7f000001/hook", WEBHOOK_ADDRESS_MESSAGES.private); // WHATWG URL reads it as 127.0.0.1
    await refused("https://nowhere.example.vn/hook", WEBHOOK_ADDRESS_MESSAGES.unresolved);
  });

  it("outside production lets local catchers through, and checks the name again at delivery", async () => {
    const local = { allowPrivate: true, resolve };
    await expect(checkWebhookAddress("http://127.0.0.1:4567/hook", local)).resolves.toBe(undefined);
    await expect(resolveWebhookTarget("http://intranet.tayninh.gov.vn/hook", local)).resolves.toMatchObject({
      target: { address: "10.0.0.5", family: 4 },
    });
    await expect(checkWebhookAddress("ftp://x/hook", local)).rejects.toMatchObject({
      message: WEBHOOK_ADDRESS_MESSAGES.https,
    });
  });
});
