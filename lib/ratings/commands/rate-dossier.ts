import "server-only";
import type { Actor } from "../../auth/actor";
import { db } from "../../db";
import { AppError, notFound } from "../../errors";
import type { DossierStatus } from "../../generated/prisma/enums";
import { totalScore } from "../indicators";
import { ratingInputSchema, type RatingInput } from "../schemas";

/** A dossier can be evaluated once it has a result (TT 01/2018 Art. 13: the evaluation is of the handling as a whole). */
export const RATEABLE_STATUSES: readonly DossierStatus[] = ["RESOLVED", "RETURNED"];

/** The applicant evaluates their own dossier on the nine indicators, once. */
export async function rateDossier(actor: Actor, dossierId: string, input: RatingInput): Promise<{ total: number }> {
  const parsed = ratingInputSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0].message);
  const { scores, comment } = parsed.data;
  return db.$transaction(async (tx) => {
    // The row lock makes a double submission wait for the first, then see its rating.
    await tx.$queryRaw`SELECT "id" FROM "Dossier" WHERE "id" = ${dossierId} AND "applicantId" = ${actor.userId} FOR UPDATE`;
    const dossier = await tx.dossier.findFirst({
      where: { id: dossierId, applicantId: actor.userId },
      select: { id: true, status: true, rating: { select: { id: true } } },
    });
    if (!dossier) throw notFound();
    if (dossier.rating)
      throw new AppError("ALREADY_DONE", "Bạn đã đánh giá hồ sơ này. Mỗi hồ sơ chỉ được đánh giá một lần.");
    if (!RATEABLE_STATUSES.includes(dossier.status)) {
      throw new AppError("TRANSITION_NOT_ALLOWED", "Chỉ có thể đánh giá khi hồ sơ đã có kết quả giải quyết.");
    }
    const total = totalScore(scores);
    await tx.dossierRating.create({
      data: { dossierId, userId: actor.userId, scores, total, comment: comment ?? null },
    });
    return { total };
  });
}
