import "server-only";
import { rolesIn, type Actor } from "../auth/actor";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { recordTransition } from "../dossiers/record-transition";
import { WORKFLOW } from "../dossiers/workflow";

/** Staff of the asked agency who may answer for it. */
export const canAnswerFor = (actor: Actor, agencyId: string) =>
  rolesIn(actor, agencyId).some((r) => r === "SPECIALIST" || r === "LEADER");

/**
 * The asked agency answers with its opinion (and any documents uploaded to the consultation
 * beforehand). The answer is logged on the dossier as a hand-over back to the lead agency.
 */
export async function answerOpinion(actor: Actor, consultationId: string, input: { answer: string }) {
  const answer = input.answer.trim();
  if (answer.length < 2) throw new AppError("INVALID_INPUT", "Vui lòng nhập nội dung ý kiến trả lời.");
  if (answer.length > 4000) throw new AppError("INVALID_INPUT", "Ý kiến trả lời tối đa 4000 ký tự.");

  return db.$transaction(async (tx) => {
    const c = await tx.consultation.findUnique({
      where: { id: consultationId },
      select: {
        id: true,
        state: true,
        agencyId: true,
        dossier: {
          select: { id: true, version: true, status: true, code: true, agencyId: true, applicantEmail: true },
        },
      },
    });
    if (!c || !canAnswerFor(actor, c.agencyId)) throw notFound();
    if (c.state !== "PENDING") throw new AppError("TRANSITION_NOT_ALLOWED", "Yêu cầu xin ý kiến này đã được trả lời.");
    if (c.dossier.status !== "PROCESSING")
      throw new AppError("TRANSITION_NOT_ALLOWED", "Hồ sơ không còn ở bước xử lý: không cần trả lời.");
    const claimed = await tx.consultation.updateMany({
      where: { id: c.id, state: "PENDING" },
      data: { state: "ANSWERED", answer, answeredById: actor.userId, answeredAt: new Date() },
    });
    if (claimed.count !== 1) throw new AppError("STALE_DOSSIER", "Yêu cầu xin ý kiến vừa được người khác trả lời.");
    await recordTransition(tx, {
      dossier: c.dossier,
      action: "ANSWER_OPINION",
      to: WORKFLOW.ANSWER_OPINION.to,
      actorId: actor.userId,
      ip: actor.ip,
      agencyId: c.agencyId,
      note: answer,
    });
  });
}
