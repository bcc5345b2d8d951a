"use server";
// Thin server actions: parse the form with the form's schema, call the command, map expected
// errors to messages, revalidate. Ownership and agency scope are checked by the commands.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "../auth/actor";
import { userMessage } from "../errors";
import { replyToFeedback } from "./commands/reply-to-feedback";
import { sendFeedback } from "./commands/send-feedback";
import { feedbackInputSchema, feedbackReplySchema } from "./schemas";

export type FeedbackActionState = { error?: string; ok?: boolean };

const sendSchema = feedbackInputSchema.extend({ dossierId: z.string().min(1) });
const replySchema = feedbackReplySchema.extend({ feedbackId: z.string().min(1) });

export async function sendFeedbackAction(_prev: FeedbackActionState, formData: FormData): Promise<FeedbackActionState> {
  const parsed = sendSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.issues[0].message };
  const { dossierId, ...input } = parsed.data;
  try {
    await sendFeedback(await requireActor(), dossierId, input);
  } catch (e) {
    return { error: userMessage(e) };
  }
  revalidatePath(`/ho-so/${dossierId}`);
  revalidatePath(`/can-bo/ho-so/${dossierId}`);
  return { ok: true };
}

export async function replyToFeedbackAction(_prev: FeedbackActionState, formData: FormData): Promise<FeedbackActionState> {
  const parsed = replySchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.issues[0].message };
  let dossierId: string;
  try {
    ({ dossierId } = await replyToFeedback(await requireActor(), parsed.data.feedbackId, { reply: parsed.data.reply }));
  } catch (e) {
    return { error: userMessage(e) };
  }
  revalidatePath(`/can-bo/ho-so/${dossierId}`);
  revalidatePath(`/ho-so/${dossierId}`);
  return { ok: true };
}
