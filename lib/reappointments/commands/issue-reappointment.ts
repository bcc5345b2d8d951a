import "server-only";
import { rolesIn, type Actor } from "../../auth/actor";
import { db } from "../../db";
import { loadWorkingCalendar } from "../../deadlines/load-calendar";
import { notifyApplicant, recordTransition } from "../../dossiers/record-transition";
import { nextStatus, WORKFLOW } from "../../dossiers/workflow";
import { AppError } from "../../errors";
import { issuedNote, ONLY_ONCE } from "../messages";
import { newDueAtProblem } from "../rules";
import { issueReappointmentSchema, type IssueReappointmentInput } from "../schemas";
import { assertCurrentVersion, loadForChange } from "../../dossiers/load-for-change";

export const ISSUED_TOPIC = "dossier.issue_reappointment";

/** A refused field of the Mẫu 04 form, so that the page shows the message next to it. */
export class ReappointmentInputError extends AppError {
  constructor(
    readonly field: "reason" | "newDueDate",
    message: string,
  ) {
    super("INVALID_INPUT", message);
  }
}

/**
 * The leader of the competent agency issues the apology with a new date (Mẫu 04, Phiếu xin lỗi
 * và hẹn lại ngày trả kết quả): the due date moves to the new one, the previous one is kept in
 * the record, the citizen is told. A new date may be given only once per dossier (NĐ 61/2018
 * Art. 19, now NĐ 118/2025): the dossier row is locked first, so of two leaders issuing at the
 * same time the second sees the first's record and is refused.
 */
export async function issueReappointment(actor: Actor, dossierId: string, input: IssueReappointmentInput) {
  const parsed = issueReappointmentSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path[0] === "reason" || issue.path[0] === "newDueDate" ? issue.path[0] : null;
    throw field ? new ReappointmentInputError(field, issue.message) : new AppError("INVALID_INPUT", issue.message);
  }
  const { reason, newDueDate, version } = parsed.data;

  return db.$transaction(async (tx) => {
    const dossier = await loadForChange(tx, actor, dossierId, {
      select: { code: true, applicantEmail: true, dueAt: true, reappointment: { select: { state: true } } },
      scope: "agency",
    });
    if (!rolesIn(actor, dossier.agencyId).includes("LEADER")) {
      throw new AppError(
        "TRANSITION_NOT_ALLOWED",
        "Chỉ lãnh đạo cơ quan giải quyết hồ sơ mới được ban hành Phiếu xin lỗi và hẹn lại ngày trả kết quả.",
      );
    }
    if (dossier.reappointment?.state === "ISSUED") throw new AppError("ALREADY_DONE", ONLY_ONCE);
    if (!nextStatus("ISSUE_REAPPOINTMENT", dossier.status, "LEADER") || !dossier.dueAt) {
      throw new AppError(
        "TRANSITION_NOT_ALLOWED",
        `Không thể "${WORKFLOW.ISSUE_REAPPOINTMENT.label}" đối với hồ sơ ở trạng thái hiện tại.`,
      );
    }
    await assertCurrentVersion(tx, dossier, version);

    const now = new Date();
    // The new appointment is for the end of office hours of the chosen day.
    const newDueAt = (await loadWorkingCalendar(tx)).endOfOfficeDay(newDueDate);
    const problem = newDueAtProblem(newDueAt, dossier.dueAt, now);
    if (problem) throw new ReappointmentInputError("newDueDate", problem);

    const record = {
      state: "ISSUED" as const,
      previousDueAt: dossier.dueAt,
      newDueAt,
      reason,
      issuedById: actor.userId,
      issuedAt: now,
    };
    await tx.reappointment.upsert({
      where: { dossierId: dossier.id },
      create: { dossierId: dossier.id, ...record },
      update: record,
    });
    const note = issuedNote(dossier.dueAt, newDueAt, reason);
    await recordTransition(tx, {
      dossier,
      action: "ISSUE_REAPPOINTMENT",
      to: WORKFLOW.ISSUE_REAPPOINTMENT.to,
      actorId: actor.userId,
      ip: actor.ip,
      agencyId: dossier.agencyId,
      note,
      // The warning starts over for the new date (the scan warns again before it, without a new draft).
      data: { dueAt: newDueAt, deadlineWarnedAt: null },
    });
    await notifyApplicant(tx, dossier, ISSUED_TOPIC, {
      code: dossier.code,
      previousDueAt: dossier.dueAt.toISOString(),
      newDueAt: newDueAt.toISOString(),
      reason,
      note,
    });
    return { newDueAt };
  });
}
