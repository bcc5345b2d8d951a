import "server-only";
import { agencyIdsOf, rolesIn, type Actor } from "../auth/actor";
import { db } from "../db";
import { countWorkingDaysBetween } from "../deadlines";
import { loadWorkingCalendar } from "../deadlines/load-calendar";
import { AppError, notFound } from "../errors";
import { recordTransition } from "../dossiers/record-transition";
import { nextStatus, type WorkflowAction } from "../dossiers/workflow";
import { supplementRequestSchema, type SupplementRequestInput } from "./schemas";
import { staleDossierError } from "../dossiers/stale";

/** After reception, a supplement may be asked only within 3 working days of reception (NĐ 61/2018 Art. 19(4) as amended by NĐ 107/2021; NĐ 118/2025 Art. 19). */
export const SUPPLEMENT_WINDOW_WORKING_DAYS = 3;

/**
 * An officer asks the applicant to supplement specific items (Mẫu 02). Before reception this is
 * the counter's decision; during processing the specialist's, within the legal window.
 */
export async function requestSupplement(actor: Actor, dossierId: string, input: SupplementRequestInput & { version: number }) {
  const parsed = supplementRequestSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0].message);
  const agencyIds = agencyIdsOf(actor);

  return db.$transaction(async (tx) => {
    const dossier = await tx.dossier.findFirst({
      where: { id: dossierId, status: { not: "DRAFT" }, agencyId: { in: agencyIds } },
      select: {
        id: true, version: true, status: true, code: true, agencyId: true, applicantEmail: true, receivedAt: true,
        procedure: { select: { components: { select: { id: true, name: true } } } },
      },
    });
    if (!dossier) throw notFound();
    if (dossier.version !== input.version) throw await staleDossierError(tx, dossier.id);

    const action: WorkflowAction = dossier.status === "SUBMITTED" ? "REQUEST_SUPPLEMENT" : "REQUEST_SUPPLEMENT_IN_PROCESSING";
    const role = rolesIn(actor, dossier.agencyId).find((r) => nextStatus(action, dossier.status, r));
    if (!role) throw new AppError("TRANSITION_NOT_ALLOWED", "Không thể yêu cầu bổ sung đối với hồ sơ ở trạng thái hiện tại.");
    if (action === "REQUEST_SUPPLEMENT_IN_PROCESSING" && dossier.receivedAt) {
      const calendar = await loadWorkingCalendar(tx);
      if (countWorkingDaysBetween(dossier.receivedAt, new Date(), calendar) > SUPPLEMENT_WINDOW_WORKING_DAYS) {
        throw new AppError("TRANSITION_NOT_ALLOWED", "Đã quá 03 ngày làm việc kể từ ngày tiếp nhận: không được yêu cầu bổ sung hồ sơ.");
      }
    }

    const names = new Map(dossier.procedure.components.map((c) => [c.id, c.name]));
    const items = parsed.data.items.map((item, sortOrder) => {
      if (item.componentId && !names.has(item.componentId)) throw new AppError("INVALID_INPUT", "Thành phần hồ sơ không thuộc thủ tục này.");
      return { componentId: item.componentId ?? null, label: item.componentId ? names.get(item.componentId)! : item.label!, reason: item.reason, sortOrder };
    });
    await tx.supplementRequest.create({
      data: {
        dossierId: dossier.id,
        stage: action === "REQUEST_SUPPLEMENT" ? "RECEPTION" : "PROCESSING",
        requestedById: actor.userId,
        note: parsed.data.note || null,
        items: { create: items },
      },
    });
    const summary = items.map((i, n) => `${n + 1}. ${i.label}: ${i.reason}`).join("\n");
    await recordTransition(tx, {
      dossier,
      action,
      to: nextStatus(action, dossier.status, role)!,
      actorId: actor.userId, ip: actor.ip,
      agencyId: dossier.agencyId,
      note: parsed.data.note ? `${parsed.data.note}\n${summary}` : summary,
    });
  });
}
