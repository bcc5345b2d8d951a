// Webhook addresses (server-side request forgery) and secrets at rest: in production a webhook is
// https and reaches public addresses only, checked at registration and again at each delivery,
// which connects to the address it checked (a name re-pointed at 127.0.0.1 after registration —
// DNS rebinding — is never connected to). The signing secret is sealed in the database.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openWebhookSecret } from "../../lib/crypto/personal-data";
import { db } from "../../lib/db";
import { WEBHOOK_ADDRESS_MESSAGES, type Resolver } from "../../lib/notifications/webhooks/address-policy";
import { createWebhookByAdmin, deleteWebhookByAdmin } from "../../lib/notifications/webhooks/manage";
import { webhookSender } from "../../lib/notifications/webhooks/sender";
import { SIGNATURE_HEADER, verifyWebhook } from "../../lib/notifications/webhooks/signature";
import { actorByPersonalId } from "../support/seed-helpers";

const SECRET = "webhook-secret-of-the-data-sharing-platform-02";
const PROVINCE_ADMIN = "072083300002";

let server: Server;
let port: number;
let connections = 0;
const received: { host: string | undefined; signatureOk: boolean }[] = [];

/** A resolver whose answers the test changes between registration and delivery. */
let answers: Record<string, string> = {};
const resolve: Resolver = async (host) => (answers[host] ? [{ address: answers[host], family: 4 }] : []);
const PRODUCTION = { allowPrivate: false, resolve };
const LOCAL = { allowPrivate: true, resolve };

const message = (id: string, url: string, subscriptionId: string) => ({
  id,
  channel: "WEBHOOK" as const,
  topic: "dossier.new",
  recipient: url,
  payload: { subscriptionId, event: { code: "X" } },
  dossierId: null,
  attempts: 0,
});

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      received.push({
        host: req.headers.host,
        signatureOk: verifyWebhook(SECRET, raw, req.headers[SIGNATURE_HEADER] as string),
      });
      res.writeHead(204).end();
    });
  });
  server.on("connection", () => (connections += 1));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("webhook addresses in production", () => {
  it("refuses http:// and private addresses at registration with a message, storing nothing", async () => {
    const admin = await actorByPersonalId(PROVINCE_ADMIN);
    answers = { "intranet.tayninh.gov.vn": "10.10.0.5", "lgsp.tayninh.gov.vn": "14.225.0.1" };
    const before = await db.webhookSubscription.count();
    const attempt = (url: string) =>
      createWebhookByAdmin(admin, { url, secret: SECRET, topics: ["dossier.new"] }, PRODUCTION);
    await expect(attempt("http://lgsp.tayninh.gov.vn/hook")).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Địa chỉ webhook phải dùng https:// (Webhook URL must use https).",
    });
    for (const url of [
      "https://intranet.tayninh.gov.vn/hook",
      "https://127.0.0.1/hook",
      "https://169.254.169.254/latest/meta-data/",
      "https://[::ffff:127.0.0.1]/hook",
    ])
      await expect(attempt(url)).rejects.toMatchObject({ message: WEBHOOK_ADDRESS_MESSAGES.private });
    expect(await db.webhookSubscription.count()).toBe(before);

    const ok = await attempt("https://lgsp.tayninh.gov.vn/hook");
    await deleteWebhookByAdmin(admin, ok.id);
  });

  it("never connects to a name that resolves to 127.0.0.1 at delivery (DNS rebinding)", async () => {
    const admin = await actorByPersonalId(PROVINCE_ADMIN);
    answers = { "hooks.rebind.example": "93.184.216.34" }; // public when registered
    const url = `https://hooks.rebind.example:${port}/hook`;
    const sub = await createWebhookByAdmin(admin, { url, secret: SECRET, topics: ["dossier.new"] }, PRODUCTION);

    answers = { "hooks.rebind.example": "127.0.0.1" }; // re-pointed at the portal's own machine
    const before = connections;
    await expect(webhookSender(db, PRODUCTION)(message("rebind-1", url, sub.id))).rejects.toMatchObject({
      message: WEBHOOK_ADDRESS_MESSAGES.private,
    });
    expect(connections).toBe(before);
    expect(received).toHaveLength(0);
    await deleteWebhookByAdmin(admin, sub.id);
  });
});

describe("webhook delivery outside production", () => {
  it("connects to the address it resolved, with the name as Host, signing with the sealed secret", async () => {
    const admin = await actorByPersonalId(PROVINCE_ADMIN);
    // A name the system resolver does not know: only the pinned address can be reached.
    answers = { "catcher.local.example": "127.0.0.1" };
    const url = `http://catcher.local.example:${port}/hook`;
    const sub = await createWebhookByAdmin(admin, { url, secret: SECRET, topics: ["dossier.new"] }, LOCAL);

    const [row] = await db.$queryRaw<
      { secret: string }[]
    >`SELECT secret FROM "WebhookSubscription" WHERE id = ${sub.id}`;
    expect(row.secret).toMatch(/^v1:test2:/);
    expect(row.secret).not.toContain(SECRET);
    expect(openWebhookSecret(row.secret)).toBe(SECRET);

    await webhookSender(db, LOCAL)(message("local-1", url, sub.id));
    expect(received).toEqual([{ host: `catcher.local.example:${port}`, signatureOk: true }]);
    await deleteWebhookByAdmin(admin, sub.id);
  });

  it("does not follow a redirect", async () => {
    const admin = await actorByPersonalId(PROVINCE_ADMIN);
    const redirecting = createServer((_req, res) =>
      res.writeHead(307, { location: `http://127.0.0.1:${port}/hook` }).end(),
    );
    await new Promise<void>((r) => redirecting.listen(0, "127.0.0.1", () => r()));
    try {
      const url = `http://127.0.0.1:${(redirecting.address() as AddressInfo).port}/hook`;
      const sub = await createWebhookByAdmin(admin, { url, secret: SECRET, topics: ["dossier.new"] }, LOCAL);
      const count = received.length;
      await expect(webhookSender(db, LOCAL)(message("redirect-1", url, sub.id))).rejects.toThrow(
        /^HTTP 307 từ 127\.0\.0\.1:/,
      );
      expect(received).toHaveLength(count);
      await deleteWebhookByAdmin(admin, sub.id);
    } finally {
      await new Promise<void>((r) => redirecting.close(() => r()));
    }
  });
});
