import "server-only";
import type { Actor } from "../../auth/actor";
import { db } from "../../db";
import { AppError, notFound } from "../../errors";
import { feedbackInputSchema, type FeedbackInput } from "../schemas";

/** The applicant sends feedback (phản ánh, kiến nghị) about their own submitted dossier. */
export async function sendFeedback(actor: Actor, dossierId: string, input: FeedbackInput): Promise<{ id: string }> {
  const parsed = feedbackInputSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0].message);
  const dossier = await db.dossier.findFirst({
    where: { id: dossierId, applicantId: actor.userId },
    select: { status: true },
  });
  if (!dossier) throw notFound();
  // A draft has no agency handling it yet, so there is nobody to answer.
  if (dossier.status === "DRAFT")
    throw new AppError("TRANSITION_NOT_ALLOWED", "Chỉ có thể gửi phản ánh, kiến nghị về hồ sơ đã nộp.");
  return db.feedback.create({ data: { dossierId, userId: actor.userId, ...parsed.data }, select: { id: true } });
}
