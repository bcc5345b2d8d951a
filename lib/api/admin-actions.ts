"use server";
// Thin server actions of /quan-tri/tich-hop: read the form, call the command, map refusals
// to a message (lib/actions/safe-action.ts). Authorisation is in the commands (province
// administrators only).
import { revalidatePath } from "next/cache";
import { textValues } from "../actions/admin-form";
import { runCommand } from "../actions/safe-action";
import type { AdminFormState } from "../forms/admin-form-state";
import { createApiKey, revokeApiKey } from "./keys";
import { createWebhookByAdmin, deleteWebhookByAdmin } from "../notifications/webhooks/manage";
import { db } from "../db";
import { recordAdminChange, securityTarget } from "../security-log/record";

export type KeyFormState = {
  seq: number;
  error?: string;
  key?: string;
  name?: string;
  values?: Record<string, string>;
};

const str = (f: FormData, k: string) => (typeof f.get(k) === "string" ? String(f.get(k)) : "");
const ticked = (f: FormData, prefix: string) =>
  [...f.keys()].filter((k) => k.startsWith(prefix) && f.get(k) === "on").map((k) => k.slice(prefix.length));

export async function createApiKeyAction(prev: KeyFormState, formData: FormData): Promise<KeyFormState> {
  const seq = prev.seq + 1;
  const name = str(formData, "name");
  const created = await runCommand(
    (actor) =>
      createApiKey(actor, {
        name,
        scopes: ticked(formData, "scope:"),
        rateLimitPerMinute: str(formData, "rateLimitPerMinute"),
      }),
    undefined,
    textValues(formData),
  );
  if (!created.ok) return { seq, error: created.refusal.error, values: textValues(formData) };
  revalidatePath("/quan-tri/tich-hop");
  return { seq, key: created.value.key, name };
}

export async function revokeApiKeyAction(prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const seq = prev.seq + 1;
  const revoked = await runCommand((actor) => revokeApiKey(actor, str(formData, "id")));
  if (!revoked.ok) return { seq, error: revoked.refusal.error };
  // No revalidation: the row keeps this confirmation on screen (re-rendering would replace its
  // form, and the message with it); the next visit shows the key as revoked.
  return { seq, ok: "Đã thu hồi khoá: mọi lời gọi bằng khoá này từ nay bị từ chối (401)." };
}

export async function createWebhookAction(prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const seq = prev.seq + 1;
  const created = await runCommand(
    async (actor) => {
      const webhook = await createWebhookByAdmin(actor, {
        url: str(formData, "url"),
        secret: str(formData, "secret"),
        topics: ticked(formData, "topic:"),
      });
      await recordAdminChange(actor, securityTarget.record("webhook", webhook.id), "webhook-added", db);
      return webhook;
    },
    undefined,
    textValues(formData),
  );
  if (!created.ok) {
    // The secret is never sent back to the browser.
    const { secret: _secret, ...values } = textValues(formData);
    return { seq, error: created.refusal.error, values };
  }
  revalidatePath("/quan-tri/tich-hop");
  return { seq, ok: "Đã đăng ký webhook." };
}

export async function deleteWebhookAction(prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const seq = prev.seq + 1;
  const deleted = await runCommand(async (actor) => {
    await deleteWebhookByAdmin(actor, str(formData, "id"));
    await recordAdminChange(actor, securityTarget.record("webhook", str(formData, "id")), "webhook-deleted", db);
  });
  if (!deleted.ok) return { seq, error: deleted.refusal.error };
  // As for revocation: the confirmation stays where the admin clicked; the next visit omits the row.
  return { seq, ok: "Đã xoá đăng ký webhook." };
}
