"use server";
// The development page's buttons: make the local stand-in answer 503 or recover (to watch the
// outbox queue status pushes and deliver them in order afterwards). Not available in production.
import { revalidatePath } from "next/cache";
import { setStandinMode } from "./control";

export async function setStandinModeAction(formData: FormData): Promise<void> {
  const mode = formData.get("mode") === "fail" ? "fail" : "ok";
  await setStandinMode(mode);
  revalidatePath("/dev/cong-quoc-gia");
}
