"use server";
// Thin server action of the failed-deliveries page: call the command, map refusals to a message.
import type { AdminFormState } from "../admin/form-state";
import { requireActor } from "../auth/actor";
import { userMessage } from "../errors";
import { resendDelivery } from "./commands/resend-delivery";

export async function resendDeliveryAction(prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const seq = prev.seq + 1;
  const id = formData.get("id");
  try {
    await resendDelivery(await requireActor(), typeof id === "string" ? id : "");
  } catch (e) {
    return { seq, error: userMessage(e) };
  }
  // No revalidation: the row stays on screen with this message (re-rendering would remove it,
  // and the confirmation with it); the next visit no longer lists it.
  return { seq, ok: "Đã đưa thông báo vào hàng đợi gửi lại." };
}
