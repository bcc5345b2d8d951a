import "server-only";
import { rolesIn, type Actor } from "../auth/actor";
import { db } from "../db";
import { computeDueAt } from "../deadlines";
import { loadWorkingCalendar } from "../deadlines/load-calendar";
import { AppError } from "../errors";
import { recordTransition } from "../dossiers/record-transition";
import { nextStatus, WORKFLOW } from "../dossiers/workflow";
import { loadForChange } from "../dossiers/load-for-change";

export type OpinionRequest = { agencyId: string; question: string; workingDays: number };

/** The most an opinion may take: other agencies answer within the dossier's own legal time. */
export const MAX_OPINION_WORKING_DAYS = 15;

/**
 * Liên thông: the specialist asks one or more other agencies for their opinion at once, each with
 * its own deadline in working days (docs/domain.md §5.3–§5.4). The asked agencies see the request in
 * their inbox; processing continues in parallel. Nothing is stored unless every request is valid.
 */
export async function requestOpinions(
  actor: Actor,
  dossierId: string,
  input: { version: number; requests: OpinionRequest[] },
) {
  if (input.requests.length === 0)
    throw new AppError("INVALID_INPUT", "Vui lòng chọn ít nhất một cơ quan cần xin ý kiến.");
  const asked = input.requests.map((r) => r.agencyId);
  if (new Set(asked).size !== asked.length) throw new AppError("INVALID_INPUT", "Mỗi cơ quan chỉ được chọn một lần.");
  for (const r of input.requests) {
    if (r.question.trim().length < 5)
      throw new AppError("INVALID_INPUT", "Vui lòng nêu rõ nội dung cần xin ý kiến (ít nhất 5 ký tự).");
    if (!Number.isInteger(r.workingDays) || r.workingDays < 1 || r.workingDays > MAX_OPINION_WORKING_DAYS) {
      throw new AppError("INVALID_INPUT", `Thời hạn trả lời phải từ 1 đến ${MAX_OPINION_WORKING_DAYS} ngày làm việc.`);
    }
  }

  return db.$transaction(async (tx) => {
    const dossier = await loadForChange(tx, actor, dossierId, {
      select: { code: true, applicantEmail: true },
      version: input.version,
      scope: "agency",
    });
    if (!rolesIn(actor, dossier.agencyId).some((r) => nextStatus("REQUEST_OPINION", dossier.status, r))) {
      throw new AppError(
        "TRANSITION_NOT_ALLOWED",
        `Không thể "${WORKFLOW.REQUEST_OPINION.label}" đối với hồ sơ ở trạng thái hiện tại.`,
      );
    }
    if (asked.includes(dossier.agencyId))
      throw new AppError("INVALID_INPUT", "Không thể xin ý kiến chính cơ quan đang giải quyết hồ sơ.");
    const agencies = await tx.agency.findMany({ where: { id: { in: asked } }, select: { id: true, name: true } });
    if (agencies.length !== asked.length) throw new AppError("INVALID_INPUT", "Cơ quan được xin ý kiến không tồn tại.");
    const pending = await tx.consultation.findFirst({
      where: { dossierId, agencyId: { in: asked }, state: "PENDING" },
      select: { agency: { select: { name: true } } },
    });
    if (pending)
      throw new AppError(
        "INVALID_INPUT",
        `Đang chờ ý kiến của ${pending.agency.name}: không gửi lại khi chưa có trả lời.`,
      );

    const now = new Date();
    const calendar = await loadWorkingCalendar(tx);
    const names = new Map(agencies.map((a) => [a.id, a.name]));
    for (const r of input.requests) {
      await tx.consultation.create({
        data: {
          dossierId,
          agencyId: r.agencyId,
          requestingAgencyId: dossier.agencyId,
          question: r.question.trim(),
          requestedById: actor.userId,
          dueAt: computeDueAt(now, { amount: r.workingDays, unit: "WORKING_DAYS" }, calendar),
        },
      });
    }
    await recordTransition(tx, {
      dossier,
      action: "REQUEST_OPINION",
      to: WORKFLOW.REQUEST_OPINION.to,
      actorId: actor.userId,
      ip: actor.ip,
      agencyId: dossier.agencyId,
      note: `Xin ý kiến: ${input.requests.map((r) => `${names.get(r.agencyId)} (${r.workingDays} ngày làm việc)`).join("; ")}`,
    });
  });
}
