import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { dossierScope } from "../dossiers/access";
import { notFound } from "../errors";
import { storedScoresSchema } from "./schemas";

/**
 * The evaluation of a dossier, or null when it has none yet. Visible to whoever may see the
 * dossier (its applicant, staff of its agencies); others get NOT_FOUND.
 */
export async function getDossierRating(actor: Actor, dossierId: string) {
  const dossier = await db.dossier.findFirst({
    where: { id: dossierId, ...dossierScope(actor) },
    select: { rating: { select: { scores: true, total: true, comment: true, createdAt: true } } },
  });
  if (!dossier) throw notFound();
  if (!dossier.rating) return null;
  return { ...dossier.rating, scores: storedScoresSchema.parse(dossier.rating.scores) };
}

export type DossierRatingView = NonNullable<Awaited<ReturnType<typeof getDossierRating>>>;
