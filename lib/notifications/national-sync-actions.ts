"use server";
import type { AdminFormState } from "../admin/form-state";
import { requireActor } from "../auth/actor";
import { userMessage } from "../errors";
import { retryNationalSyncNow } from "./national-sync";

export async function retryNationalSyncAction(prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const seq = prev.seq + 1;
  const id = formData.get("id");
  try {
    await retryNationalSyncNow(await requireActor(), typeof id === "string" ? id : "");
  } catch (e) {
    return { seq, error: userMessage(e) };
  }
  return { seq, ok: "Sẽ thử đồng bộ lại ngay ở lượt gửi tới." };
}
