"use server";
// Thin server actions of the administrator's outbox page (failed deliveries, stuck national
// syncs): call the command on the row the form names, map refusals to a message
// (lib/actions/safe-action.ts).
import { runCommand } from "../actions/safe-action";
import type { Actor } from "../auth/actor";
import { resendDelivery } from "../notifications/commands/resend-delivery";
import { retryNationalSyncNow } from "../notifications/national-sync";
import type { AdminFormState } from "../forms/admin-form-state";
import { recordAdminChange, securityTarget } from "../security-log/record";
import { db } from "../db";

async function onRow(
  prev: AdminFormState,
  formData: FormData,
  command: (actor: Actor, id: string) => Promise<void>,
  change: string,
  ok: string,
): Promise<AdminFormState> {
  const seq = prev.seq + 1;
  const id = typeof formData.get("id") === "string" ? String(formData.get("id")) : "";
  const done = await runCommand(async (actor) => {
    await command(actor, id);
    await recordAdminChange(actor, securityTarget.record("outbox", id), change, db);
  });
  return done.ok ? { seq, ok } : { seq, error: done.refusal.error };
}

// No revalidation: the row stays on screen with its message (re-rendering would remove it, and
// the confirmation with it); the next visit no longer lists it.
export async function resendDeliveryAction(prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return onRow(prev, formData, resendDelivery, "outbox-resend", "Đã đưa thông báo vào hàng đợi gửi lại.");
}

export async function retryNationalSyncAction(prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return onRow(prev, formData, retryNationalSyncNow, "national-sync-retry", "Sẽ thử đồng bộ lại ngay ở lượt gửi tới.");
}
