import "server-only";
import type { Actor } from "../../auth/actor";
import { db } from "../../db";
import { AppError, notFound } from "../../errors";
import { formDefinitionSchema } from "../../forms/definition";
import { formSchemaFor } from "../../forms/to-zod";
import { nextDossierCode } from "../codes";
import { recordTransition } from "../record-transition";
import { nextStatus } from "../workflow";

/**
 * Files the applicant's draft online: the form must be valid and every required component
 * attached. The dossier gets its legal code now, so the citizen can follow it at once.
 */
export async function submitDossier(actor: Actor, dossierId: string): Promise<{ code: string }> {
  return db.$transaction(async (tx) => {
    const dossier = await tx.dossier.findFirst({
      where: { id: dossierId, applicantId: actor.userId },
      select: {
        id: true, version: true, status: true, code: true, formData: true, agencyId: true, applicantEmail: true,
        agency: { select: { id: true, code: true } },
        procedure: { select: { formDefinition: true, components: { where: { required: true }, select: { id: true, name: true } } } },
        attachments: { select: { componentId: true } },
      },
    });
    if (!dossier) throw notFound();
    const to = nextStatus("SUBMIT", dossier.status, "CITIZEN");
    if (!to) throw new AppError("TRANSITION_NOT_ALLOWED", "Hồ sơ này đã được nộp.");

    const form = formSchemaFor(formDefinitionSchema.parse(dossier.procedure.formDefinition)).safeParse(dossier.formData);
    if (!form.success) throw new AppError("INVALID_INPUT", "Tờ khai chưa đầy đủ hoặc chưa hợp lệ. Vui lòng kiểm tra lại tờ khai.");
    const attached = new Set(dossier.attachments.map((a) => a.componentId));
    const missing = dossier.procedure.components.filter((c) => !attached.has(c.id));
    if (missing.length > 0) {
      throw new AppError("MISSING_DOCUMENTS", `Còn thiếu giấy tờ bắt buộc: ${missing.map((c) => c.name).join("; ")}.`);
    }

    const now = new Date();
    const code = await nextDossierCode(tx, dossier.agency, now);
    await recordTransition(tx, {
      dossier: { ...dossier, code },
      action: "SUBMIT",
      to,
      actorId: actor.userId,
      agencyId: null,
      data: { code, submittedAt: now, receivingAgencyId: dossier.agencyId, draftExpiresAt: null },
    });
    return { code };
  });
}
