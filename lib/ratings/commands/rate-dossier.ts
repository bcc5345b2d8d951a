import "server-only";
import type { Actor } from "../../auth/actor";
import { db } from "../../db";
import { AppError, notFound } from "../../errors";
import type { DossierStatus } from "../../generated/prisma/enums";
import { totalScore, type Scores } from "../indicators";
import { ratingInputSchema, type RatingInput } from "../schemas";
import { systemIndicatorScores } from "../system-indicators";

/** A dossier can be evaluated once it has a result (TT 01/2018 Art. 13: the evaluation is of the handling as a whole). */
export const RATEABLE_STATUSES: readonly DossierStatus[] = ["RESOLVED", "RETURNED"];

/**
 * The applicant evaluates their own dossier, once, on the indicators asked of them (1, 2, 3, 4, 7);
 * indicators 5, 6, 8 and 9 are scored from the system's data at the same moment (Art. 14(2)–(3)),
 * and the nine are stored together.
 */
export async function rateDossier(actor: Actor, dossierId: string, input: RatingInput): Promise<{ total: number }> {
  const parsed = ratingInputSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0].message);
  const { scores, comment } = parsed.data;
  return db.$transaction(async (tx) => {
    // The row lock makes a double submission wait for the first, then see its rating.
    await tx.$queryRaw`SELECT "id" FROM "Dossier" WHERE "id" = ${dossierId} AND "applicantId" = ${actor.userId} FOR UPDATE`;
    const dossier = await tx.dossier.findFirst({
      where: { id: dossierId, applicantId: actor.userId },
      select: {
        id: true,
        status: true,
        rating: { select: { id: true } },
        receivingAgencyId: true,
        channel: true,
        procedure: {
          select: {
            published: true,
            serviceLevel: true,
            _count: { select: { components: true, timings: true } },
          },
        },
        feedback: { select: { state: true, repliedAt: true } },
      },
    });
    if (!dossier) throw notFound();
    if (dossier.rating)
      throw new AppError("ALREADY_DONE", "Bạn đã đánh giá hồ sơ này. Mỗi hồ sơ chỉ được đánh giá một lần.");
    if (!RATEABLE_STATUSES.includes(dossier.status)) {
      throw new AppError("TRANSITION_NOT_ALLOWED", "Chỉ có thể đánh giá khi hồ sơ đã có kết quả giải quyết.");
    }
    const all: Scores = {
      ...scores,
      ...systemIndicatorScores({
        // Every channel of this system is the one-stop office's: its counters, the portal, the post.
        receivedAtOneStop: dossier.receivingAgencyId !== null || dossier.channel === "ONLINE",
        resultThroughOneStop: true,
        procedurePublished: dossier.procedure.published,
        procedureComplete: dossier.procedure._count.components > 0 && dossier.procedure._count.timings > 0,
        feedbackSent: dossier.feedback.length,
        feedbackAnswered: dossier.feedback.filter((f) => f.repliedAt !== null).length,
        serviceLevel: dossier.procedure.serviceLevel,
      }),
    };
    const total = totalScore(all);
    await tx.dossierRating.create({
      data: { dossierId, userId: actor.userId, scores: all, total, comment: comment ?? null },
    });
    return { total };
  });
}
