import "server-only";
import type { Actor } from "../../auth/actor";
import { db } from "../../db";
import { AppError, notFound } from "../../errors";
import { formDefinitionSchema } from "../../forms/definition";
import { formSchemaFor } from "../../forms/to-zod";
import { nextDossierCode } from "../codes";
import { recordTransition, transitionWebhooks } from "../record-transition";
import { nextStatus } from "../workflow";
import { createInboundShipment } from "../../postal/shipments";
import { NOTIFICATION_PREFERENCES } from "../../notifications/notification-target";

/**
 * Files the applicant's draft online: the form must be valid and every required component
 * attached. The dossier gets its legal code now, so the citizen can follow it at once.
 *
 * Idempotent: the draft id is the idempotency key. A double click, a retry after a timeout or
 * the back button returns the code already given instead of an error or a second dossier; the
 * row lock makes concurrent attempts wait for the first and then see it submitted.
 */
export async function submitDossier(actor: Actor, dossierId: string): Promise<{ code: string }> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Dossier" WHERE "id" = ${dossierId} AND "applicantId" = ${actor.userId} FOR UPDATE`;
    const dossier = await tx.dossier.findFirst({
      where: { id: dossierId, applicantId: actor.userId },
      select: {
        id: true, version: true, status: true, code: true, formData: true, agencyId: true, applicantEmail: true,
        agency: { select: { id: true, code: true } },
        procedure: { select: { formDefinition: true, components: { where: { required: true }, select: { id: true, name: true } } } },
        attachments: { select: { componentId: true } },
        paperSubmissions: { select: { componentId: true } },
        applicant: { select: NOTIFICATION_PREFERENCES },
        postalChoice: { select: { dossierByPost: true } },
      },
    });
    if (!dossier) throw notFound();
    if (dossier.status !== "DRAFT" && dossier.code) return { code: dossier.code };
    const to = nextStatus("SUBMIT", dossier.status, "CITIZEN");
    if (!to) throw new AppError("TRANSITION_NOT_ALLOWED", "Hồ sơ này đã được nộp.");

    const form = formSchemaFor(formDefinitionSchema.parse(dossier.procedure.formDefinition)).safeParse(dossier.formData);
    if (!form.success) throw new AppError("INVALID_INPUT", "Tờ khai chưa đầy đủ hoặc chưa hợp lệ. Vui lòng kiểm tra lại tờ khai.");
    // A component handed in on paper (with its summary) counts as provided.
    const attached = new Set([...dossier.attachments, ...dossier.paperSubmissions].map((a) => a.componentId));
    const missing = dossier.procedure.components.filter((c) => !attached.has(c.id));
    if (missing.length > 0) {
      throw new AppError("MISSING_DOCUMENTS", `Còn thiếu giấy tờ bắt buộc: ${missing.map((c) => c.name).join("; ")}.`);
    }

    // The agency's code counter stays locked until this transaction commits, and every other
    // submission to the agency waits for it: read what the change needs before taking it.
    const webhooks = await transitionWebhooks(tx, to);
    const now = new Date();
    const code = await nextDossierCode(tx, dossier.agency, now);
    await recordTransition(tx, {
      dossier: { ...dossier, code },
      action: "SUBMIT",
      to,
      actorId: actor.userId, ip: actor.ip,
      agencyId: null,
      data: { code, submittedAt: now, receivingAgencyId: dossier.agencyId, draftExpiresAt: null },
      applicant: dossier.applicant,
      webhooks,
    });
    // Paper sent by post: the number for the envelope.
    if (dossier.postalChoice?.dossierByPost) await createInboundShipment(tx, dossier.id);
    return { code };
  });
}
