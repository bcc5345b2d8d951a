import { describe, expect, it } from "vitest";
import { createApiKey, revokeApiKey } from "../../lib/api/keys";
import type { Actor } from "../../lib/auth/actor";
import { db } from "../../lib/db";
import { createWebhookByAdmin, deleteWebhookByAdmin } from "../../lib/notifications/webhooks/manage";
import { WEBHOOK_TOPICS } from "../../lib/notifications/webhooks/topics";
import { removeTariffRow, saveTariffRow } from "../../lib/postal/commands/save-tariff-row";
import { actorByPersonalId } from "../support/seed-helpers";

// The province's contract prices, the integration keys and the webhooks are administrative
// changes like roles and holidays: an administrator whose sign-in is older than
// ADMIN_REAUTH_MINUTES (10 in tests) confirms their identity first (lib/auth/step-up.ts).
// tests/integration/sessions.test.ts walks the re-authentication itself.

const PROVINCE_ADMIN = "072083300002";
const REFUSAL =
  "Thay đổi này cần xác thực lại danh tính: lần đăng nhập gần nhất của bạn đã quá 10 phút. Vui lòng đăng nhập lại rồi thực hiện thay đổi.";
const HOOK = { url: "http://127.0.0.1:9/hook", secret: "s".repeat(32), topics: [WEBHOOK_TOPICS[0]] };
const KEY = { name: "Hệ thống thử", scopes: ["dossiers:read"], rateLimitPerMinute: 60 };
const BAND = { zone: "OTHER_PROVINCE", maxGrams: "29980", priceVnd: "99000" };

async function adminSignedIn(minutesAgo: number): Promise<Actor> {
  const admin = await actorByPersonalId(PROVINCE_ADMIN);
  return { ...admin, session: { ...admin.session!, authTime: new Date(Date.now() - minutesAgo * 60_000) } };
}

describe("administrative changes beyond roles and holidays ask for a recent sign-in", () => {
  it("refuses tariff, API key and webhook changes after 11 minutes, storing nothing", async () => {
    const stale = await adminSignedIn(11);
    const counts = async () => [
      await db.postalTariff.count(),
      await db.apiKey.count(),
      await db.webhookSubscription.count(),
    ];
    const before = await counts();

    await expect(saveTariffRow(stale, BAND)).rejects.toThrow(REFUSAL);
    await expect(createApiKey(stale, KEY)).rejects.toThrow(REFUSAL);
    await expect(createWebhookByAdmin(stale, HOOK)).rejects.toThrow(REFUSAL);
    expect(await counts()).toEqual(before);

    // Removals are changes too: what a fresh sign-in made, a stale one cannot take away.
    const fresh = await adminSignedIn(1);
    await saveTariffRow(fresh, BAND);
    const row = await db.postalTariff.findUniqueOrThrow({
      where: { zone_maxGrams: { zone: "OTHER_PROVINCE", maxGrams: 29980 } },
    });
    const key = await createApiKey(fresh, KEY);
    await expect(removeTariffRow(stale, row.id)).rejects.toThrow(REFUSAL);
    await expect(revokeApiKey(stale, key.id)).rejects.toThrow(REFUSAL);
    expect(await db.postalTariff.count({ where: { id: row.id } })).toBe(1);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).revokedAt).toBeNull();

    await removeTariffRow(fresh, row.id);
    await revokeApiKey(fresh, key.id);
  });

  it("refuses removing a webhook with a stale sign-in", async () => {
    const fresh = await adminSignedIn(1);
    const hook = await createWebhookByAdmin(fresh, HOOK);
    await expect(deleteWebhookByAdmin(await adminSignedIn(11), hook.id)).rejects.toThrow(REFUSAL);
    expect(await db.webhookSubscription.count({ where: { id: hook.id } })).toBe(1);
    await deleteWebhookByAdmin(fresh, hook.id);
  });
});
