"use server";
// Thin server action: parse the form with the form's schema, call the command, map expected
// errors to messages, revalidate (lib/actions/safe-action.ts). Ownership and state are checked
// by the command.
import { z } from "zod";
import { safeAction, type FormAction } from "../actions/safe-action";
import { rateDossier } from "./commands/rate-dossier";
import { ratingFormValues, ratingInputSchema } from "./schemas";

export type RatingActionState = { error?: string; ok?: boolean };

/** The dossier is judged first: without it, the form's answers are beside the point. */
const rateSchema = z.object({
  dossierId: z.string("Không tìm thấy hồ sơ.").min(1, "Không tìm thấy hồ sơ."),
  rating: ratingInputSchema,
});

export const rateDossierAction: FormAction<RatingActionState> = safeAction(
  rateSchema,
  (actor, { dossierId, rating }) => rateDossier(actor, dossierId, rating),
  {
    read: (formData) => ({ dossierId: formData.get("dossierId"), rating: ratingFormValues(formData) }),
    revalidate: ({ dossierId }) => [`/ho-so/${dossierId}`],
  },
);
