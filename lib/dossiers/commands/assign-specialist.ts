import "server-only";
import { agencyIdsOf, type Actor } from "../../auth/actor";
import { rolesIn } from "../../auth/actor";
import { db } from "../../db";
import { AppError, notFound } from "../../errors";
import { recordTransition } from "../record-transition";
import { stepDueAt } from "../step-deadline";
import { nextStatus, WORKFLOW } from "../workflow";
import { staleDossierError } from "../stale";

/**
 * The agency head assigns (or reassigns) the specialist who examines the dossier
 * (docs/domain.md §5.4). The assignee must hold the SPECIALIST role in the dossier's agency.
 */
export async function assignSpecialist(actor: Actor, dossierId: string, input: { assigneeId: string; version: number; note?: string | null }) {
  const agencyIds = agencyIdsOf(actor);
  return db.$transaction(async (tx) => {
    const dossier = await tx.dossier.findFirst({
      where: { id: dossierId, agencyId: { in: agencyIds }, status: { not: "DRAFT" } },
      select: { id: true, version: true, status: true, code: true, agencyId: true, applicantEmail: true, assigneeId: true, procedureId: true, dueAt: true },
    });
    if (!dossier) throw notFound();
    if (dossier.version !== input.version) throw await staleDossierError(tx, dossier.id);
    if (!rolesIn(actor, dossier.agencyId).some((r) => nextStatus("ASSIGN", dossier.status, r))) {
      throw new AppError("TRANSITION_NOT_ALLOWED", `Không thể "${WORKFLOW.ASSIGN.label}" đối với hồ sơ ở trạng thái hiện tại.`);
    }
    const assignee = await tx.staffMembership.findFirst({
      where: { userId: input.assigneeId, agencyId: dossier.agencyId, role: "SPECIALIST" },
      select: { user: { select: { fullName: true } } },
    });
    if (!assignee) throw new AppError("INVALID_INPUT", "Vui lòng chọn một chuyên viên của cơ quan.");
    if (dossier.assigneeId === input.assigneeId) throw new AppError("INVALID_INPUT", `Hồ sơ đã được giao cho ${assignee.user.fullName}.`);
    const now = new Date();
    await recordTransition(tx, {
      dossier,
      action: "ASSIGN",
      to: WORKFLOW.ASSIGN.to,
      actorId: actor.userId,
      ip: actor.ip,
      agencyId: dossier.agencyId,
      note: [`Giao chuyên viên ${assignee.user.fullName}`, input.note?.trim()].filter(Boolean).join(". "),
      stepDueAt: await stepDueAt(tx, { procedureId: dossier.procedureId, role: "SPECIALIST", from: now, dossierDueAt: dossier.dueAt }),
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
