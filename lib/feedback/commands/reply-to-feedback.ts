import "server-only";
import type { Actor } from "../../auth/actor";
import { db } from "../../db";
import { AppError, notFound } from "../../errors";
import { feedbackAgencyIds } from "../permissions";
import { feedbackReplySchema, type FeedbackReplyInput } from "../schemas";

const alreadyAnswered = () => new AppError("ALREADY_DONE", "Phản ánh, kiến nghị này đã được trả lời.");

/**
 * Staff of the dossier's agency answer an open feedback; the citizen is told by e-mail
 * through the outbox, in the same transaction.
 */
export async function replyToFeedback(
  actor: Actor,
  feedbackId: string,
  input: FeedbackReplyInput,
): Promise<{ dossierId: string }> {
  const parsed = feedbackReplySchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0].message);
  const { reply } = parsed.data;
  return db.$transaction(async (tx) => {
    const feedback = await tx.feedback.findFirst({
      where: { id: feedbackId, dossier: { agencyId: { in: feedbackAgencyIds(actor) }, status: { not: "DRAFT" } } },
      select: {
        state: true,
        subject: true,
        user: { select: { email: true } },
        dossier: { select: { id: true, code: true, applicantEmail: true } },
      },
    });
    if (!feedback) throw notFound("Không tìm thấy phản ánh, kiến nghị.");
    if (feedback.state !== "OPEN") throw alreadyAnswered();
    // Guarded by the state read: of two concurrent replies only one is stored.
    const updated = await tx.feedback.updateMany({
      where: { id: feedbackId, state: "OPEN" },
      data: { state: "ANSWERED", reply, repliedById: actor.userId, repliedAt: new Date() },
    });
    if (updated.count !== 1) throw alreadyAnswered();
    const recipient = feedback.dossier.applicantEmail ?? feedback.user.email;
    if (recipient) {
      await tx.outboxMessage.create({
        data: {
          dossierId: feedback.dossier.id,
          channel: "EMAIL",
          topic: "feedback.answered",
          recipient,
          payload: { code: feedback.dossier.code, subject: feedback.subject, reply },
        },
      });
    }
    return { dossierId: feedback.dossier.id };
  });
}
