"use server";
// Thin server action: parse the form with the form's schema, call the command, map expected
// errors to messages, revalidate. Ownership and state are checked by the command.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "../auth/actor";
import { userMessage } from "../errors";
import { rateDossier } from "./commands/rate-dossier";
import { ratingFormValues, ratingInputSchema } from "./schemas";

export type RatingActionState = { error?: string; ok?: boolean };

const dossierIdSchema = z.string().min(1);

export async function rateDossierAction(_prev: RatingActionState, formData: FormData): Promise<RatingActionState> {
  const dossierId = dossierIdSchema.safeParse(formData.get("dossierId"));
  const parsed = ratingInputSchema.safeParse(ratingFormValues(formData));
  if (!dossierId.success) return { error: "Không tìm thấy hồ sơ." };
  if (!parsed.success) return { error: parsed.error.issues[0].message };
  try {
    const actor = await requireActor();
    await rateDossier(actor, dossierId.data, parsed.data);
  } catch (e) {
    return { error: userMessage(e) };
  }
  revalidatePath(`/ho-so/${dossierId.data}`);
  return { ok: true };
}
