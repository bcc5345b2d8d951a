import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { loadWorkingCalendar } from "../deadlines/load-calendar";
import { AppError } from "../errors";
import { actingRole, assertGuards } from "../dossiers/guards";
import { FEE_TERMS, guardFactsOf, RESULT_TERMS, rolesOnDossier } from "../dossiers/guard-inputs";
import { loadForChange } from "../dossiers/load-for-change";
import { recordTransition } from "../dossiers/record-transition";
import { nextStatus, type WorkflowAction } from "../dossiers/workflow";
import { supplementRequestSchema, type SupplementRequestInput } from "./schemas";

/**
 * An officer asks the applicant to supplement specific items (Mẫu 02). Before reception this is
 * the counter's decision; during processing the specialist's, within the legal window.
 */
export async function requestSupplement(
  actor: Actor,
  dossierId: string,
  input: SupplementRequestInput & { version: number },
) {
  const parsed = supplementRequestSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0].message);

  return db.$transaction(async (tx) => {
    const dossier = await loadForChange(tx, actor, dossierId, {
      select: {
        code: true,
        applicantEmail: true,
        receivedAt: true,
        awaitingApproval: true,
        bill: FEE_TERMS.bill,
        ...RESULT_TERMS,
        procedure: { select: { components: { select: { id: true, name: true } }, ...FEE_TERMS.procedure.select } },
      },
      version: input.version,
      scope: "agency",
    });

    const action: WorkflowAction =
      dossier.status === "SUBMITTED" ? "REQUEST_SUPPLEMENT" : "REQUEST_SUPPLEMENT_IN_PROCESSING";
    const role = actingRole(action, dossier.status, rolesOnDossier(actor, dossier));
    if (!role)
      throw new AppError("TRANSITION_NOT_ALLOWED", "Không thể yêu cầu bổ sung đối với hồ sơ ở trạng thái hiện tại.");
    // The 3-working-day window of a request during processing (lib/dossiers/guards.ts).
    assertGuards(action, guardFactsOf(dossier), { now: new Date(), calendar: await loadWorkingCalendar(tx) });

    const names = new Map(dossier.procedure.components.map((c) => [c.id, c.name]));
    const items = parsed.data.items.map((item, sortOrder) => {
      if (item.componentId && !names.has(item.componentId))
        throw new AppError("INVALID_INPUT", "Thành phần hồ sơ không thuộc thủ tục này.");
      return {
        componentId: item.componentId ?? null,
        label: item.componentId ? names.get(item.componentId)! : item.label!,
        reason: item.reason,
        sortOrder,
      };
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
      actorId: actor.userId,
      ip: actor.ip,
      agencyId: dossier.agencyId,
      note: parsed.data.note ? `${parsed.data.note}\n${summary}` : summary,
    });
  });
}
