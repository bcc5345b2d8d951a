"use server";
// Thin server actions: parse the form with the form's schema, call the command, map expected
// errors to messages, revalidate (lib/actions/safe-action.ts). Ownership and agency scope are
// checked by the commands.
import { z } from "zod";
import { safeAction, type FormAction } from "../actions/safe-action";
import { replyToFeedback } from "./commands/reply-to-feedback";
import { sendFeedback } from "./commands/send-feedback";
import { feedbackInputSchema, feedbackReplySchema } from "./schemas";

export type FeedbackActionState = { error?: string; ok?: boolean };

const sendSchema = feedbackInputSchema.extend({ dossierId: z.string().min(1) });
const replySchema = feedbackReplySchema.extend({ feedbackId: z.string().min(1) });

const dossierPages = (dossierId: string) => [`/ho-so/${dossierId}`, `/can-bo/ho-so/${dossierId}`];

export const sendFeedbackAction: FormAction<FeedbackActionState> = safeAction(
  sendSchema,
  (actor, { dossierId, ...input }) => sendFeedback(actor, dossierId, input),
  { revalidate: ({ dossierId }) => dossierPages(dossierId) },
);

export const replyToFeedbackAction: FormAction<FeedbackActionState> = safeAction(
  replySchema,
  (actor, { feedbackId, reply }) => replyToFeedback(actor, feedbackId, { reply }),
  { revalidate: (_, { dossierId }) => dossierPages(dossierId) },
);
