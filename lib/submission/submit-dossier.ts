import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { assertFileable, fileDossier } from "../dossiers/filing";
import { nextStatus } from "../dossiers/workflow";
import { currentBillLines } from "../payments/bill";
import { createInboundShipment } from "../postal/shipments";
import { NOTIFICATION_PREFERENCES } from "../notifications/notification-target";

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
        id: true,
        version: true,
        status: true,
        code: true,
        formData: true,
        agencyId: true,
        applicantEmail: true,
        agency: { select: { id: true, code: true } },
        procedure: {
          select: {
            formDefinition: true,
            components: {
              orderBy: { sortOrder: "asc" },
              select: { id: true, name: true, required: true, satisfiedByEForm: true },
            },
          },
        },
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

    // A component handed in on paper (with its summary) counts as provided.
    assertFileable({
      route: "ONLINE",
      formDefinition: dossier.procedure.formDefinition,
      formData: dossier.formData,
      components: dossier.procedure.components,
      providedPapers: [...dossier.attachments, ...dossier.paperSubmissions].map((a) => a.componentId),
    });

    // A fee charged per copy needs a whole number of copies: refused now, in Vietnamese, rather
    // than filed and left unbillable when the agency asks for payment (lib/payments/bill.ts).
    await currentBillLines(tx, dossier.id);

    const { code } = await fileDossier(tx, {
      dossier,
      receivingAgency: dossier.agency,
      at: new Date(),
      action: "SUBMIT",
      to,
      actorId: actor.userId,
      ip: actor.ip,
      agencyId: null,
      data: { receivingAgencyId: dossier.agencyId, draftExpiresAt: null },
      applicant: dossier.applicant,
    });
    // Paper sent by post: the number for the envelope.
    if (dossier.postalChoice?.dossierByPost) await createInboundShipment(tx, dossier.id);
    return { code };
  });
}
