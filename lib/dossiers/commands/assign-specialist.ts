import "server-only";
import { rolesIn, type Actor } from "../../auth/actor";
import { db } from "../../db";
import { loadWorkingCalendar } from "../../deadlines/load-calendar";
import { AppError } from "../../errors";
import { actingRole, assertGuards } from "../guards";
import { FEE_TERMS, guardFactsOf, RESULT_TERMS, rolesOnDossier } from "../guard-inputs";
import { loadForChange } from "../load-for-change";
import { recordTransition } from "../record-transition";
import { stepDueAt } from "../step-deadline";
import { WORKFLOW } from "../workflow";

/**
 * The agency head assigns (or reassigns) the specialist who examines the dossier
 * (docs/domain.md §5.4). The assignee must hold the SPECIALIST role in the dossier's agency.
 */
export async function assignSpecialist(
  actor: Actor,
  dossierId: string,
  input: { assigneeId: string; version: number; note?: string | null },
) {
  return db.$transaction(async (tx) => {
    const dossier = await loadForChange(tx, actor, dossierId, {
      select: {
        code: true,
        applicantEmail: true,
        assigneeId: true,
        procedureId: true,
        dueAt: true,
        awaitingApproval: true,
        receivedAt: true,
        ...FEE_TERMS,
        ...RESULT_TERMS,
      },
      version: input.version,
      scope: "agency",
    });
    if (!actingRole("ASSIGN", dossier.status, rolesOnDossier(actor, dossier))) {
      throw new AppError(
        "TRANSITION_NOT_ALLOWED",
        `Không thể "${WORKFLOW.ASSIGN.label}" đối với hồ sơ ở trạng thái hiện tại.`,
      );
    }
    const assignee = await tx.staffMembership.findFirst({
      where: { userId: input.assigneeId, agencyId: dossier.agencyId, role: "SPECIALIST" },
      select: { user: { select: { fullName: true } } },
    });
    if (!assignee) throw new AppError("INVALID_INPUT", "Vui lòng chọn một chuyên viên của cơ quan.");
    if (dossier.assigneeId === input.assigneeId)
      throw new AppError("INVALID_INPUT", `Hồ sơ đã được giao cho ${assignee.user.fullName}.`);
    const now = new Date();
    assertGuards("ASSIGN", guardFactsOf(dossier), { now, calendar: await loadWorkingCalendar(tx) });
    await recordTransition(tx, {
      dossier,
      action: "ASSIGN",
      to: WORKFLOW.ASSIGN.to,
      actorId: actor.userId,
      ip: actor.ip,
      agencyId: dossier.agencyId,
      note: [`Giao chuyên viên ${assignee.user.fullName}`, input.note?.trim()].filter(Boolean).join(". "),
      stepDueAt: await stepDueAt(tx, {
        procedureId: dossier.procedureId,
        role: "SPECIALIST",
        from: now,
        dossierDueAt: dossier.dueAt,
      }),
      data: { assigneeId: input.assigneeId },
    });
  });
}

/** The specialists a leader may assign a dossier to. */
export async function assignableSpecialists(actor: Actor, agencyId: string) {
  if (!rolesIn(actor, agencyId).includes("LEADER")) return [];
  const rows = await db.staffMembership.findMany({
    where: { agencyId, role: "SPECIALIST" },
    orderBy: { user: { fullName: "asc" } },
    select: { user: { select: { id: true, fullName: true } } },
  });
  return rows.map((r) => r.user);
}
