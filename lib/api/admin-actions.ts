"use server";
// Thin server actions of /quan-tri/tich-hop: read the form, call the command, map refusals
// to a message. Authorisation is in the commands (province administrators only).
import { revalidatePath } from "next/cache";
import type { AdminFormState } from "../admin/form-state";
import { requireActor } from "../auth/actor";
import { userMessage } from "../errors";
import { createApiKey, revokeApiKey } from "./keys";
import { createWebhookByAdmin, deleteWebhookByAdmin } from "../notifications/webhooks/manage";

export type KeyFormState = { seq: number; error?: string; key?: string; name?: string; values?: Record<string, string> };

const str = (f: FormData, k: string) => (typeof f.get(k) === "string" ? String(f.get(k)) : "");
const ticked = (f: FormData, prefix: string) => [...f.keys()].filter((k) => k.startsWith(prefix) && f.get(k) === "on").map((k) => k.slice(prefix.length));
const sent = (f: FormData) => Object.fromEntries([...f.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$")).map(([k, v]) => [k, String(v)]));

export async function createApiKeyAction(prev: KeyFormState, formData: FormData): Promise<KeyFormState> {
  const seq = prev.seq + 1;
  try {
    const name = str(formData, "name");
    const created = await createApiKey(await requireActor(), { name, scopes: ticked(formData, "scope:"), rateLimitPerMinute: str(formData, "rateLimitPerMinute") });
    revalidatePath("/quan-tri/tich-hop");
    return { seq, key: created.key, name };
  } catch (e) {
    return { seq, error: userMessage(e), values: sent(formData) };
  }
}

export async function revokeApiKeyAction(prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const seq = prev.seq + 1;
  try {
    await revokeApiKey(await requireActor(), str(formData, "id"));
  } catch (e) {
    return { seq, error: userMessage(e) };
  }
  // No revalidation: the row keeps this confirmation on screen (re-rendering would replace its
  // form, and the message with it); the next visit shows the key as revoked.
  return { seq, ok: "Đã thu hồi khoá: mọi lời gọi bằng khoá này từ nay bị từ chối (401)." };
}

export async function createWebhookAction(prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const seq = prev.seq + 1;
  try {
    await createWebhookByAdmin(await requireActor(), { url: str(formData, "url"), secret: str(formData, "secret"), topics: ticked(formData, "topic:") });
  } catch (e) {
    const { secret: _secret, ...values } = sent(formData);
    return { seq, error: userMessage(e), values };
  }
  revalidatePath("/quan-tri/tich-hop");
  return { seq, ok: "Đã đăng ký webhook." };
}

export async function deleteWebhookAction(prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const seq = prev.seq + 1;
  try {
    await deleteWebhookByAdmin(await requireActor(), str(formData, "id"));
  } catch (e) {
    return { seq, error: userMessage(e) };
  }
  // As for revocation: the confirmation stays where the admin clicked; the next visit omits the row.
  return { seq, ok: "Đã xoá đăng ký webhook." };
}
