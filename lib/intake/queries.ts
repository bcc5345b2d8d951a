import "server-only";
import { idNumberHash, openIdNumber } from "../crypto/personal-data";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { recordDossierAccess } from "../dossiers/access-log";
import { notFound } from "../errors";
import { walkInDraftScope, walkInScope } from "../dossiers/walk-in-access";

/** Every published procedure with its competent agencies: any counter may receive any of them (NĐ 118/2025). */
export async function intakeCatalogue() {
  return db.procedure.findMany({
    where: { published: true },
    orderBy: { name: "asc" },
    select: {
      code: true,
      name: true,
      requiresPersonalPresence: true,
      agencies: { orderBy: { agency: { name: "asc" } }, select: { agency: { select: { id: true, name: true } } } },
    },
  });
}

/**
 * The walk-in drafts not received yet at the actor's counters, newest first: any officer of
 * the counter may continue a colleague's draft (the person may come back after lunch).
 */
export async function listWalkInDrafts(actor: Actor) {
  const drafts = await db.dossier.findMany({
    where: walkInDraftScope(actor),
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      createdAt: true,
      applicantName: true,
      applicantPersonalId: true,
      procedure: { select: { name: true } },
      receivingAgency: { select: { name: true } },
      createdBy: { select: { fullName: true } },
    },
  });
  return drafts.map((d) => ({ ...d, applicantPersonalId: openIdNumber(d.applicantPersonalId) })); // sealed at rest
}

/** A dossier filed at one of the actor's counters, as the intake desk shows it (draft or received). */
export async function getWalkIn(actor: Actor, dossierId: string) {
  const dossier = await db.dossier.findFirst({
    where: { id: dossierId, ...walkInScope(actor) },
    select: {
      id: true,
      code: true,
      status: true,
      channel: true,
      version: true,
      formData: true,
      resultDelivery: true,
      applicantName: true,
      applicantPersonalId: true,
      applicantPersonalIdHash: true,
      applicantBirthDate: true,
      applicantPhone: true,
      applicantEmail: true,
      applicantAddress: true,
      applicantId: true,
      receivedAt: true,
      dueAt: true,
      agency: { select: { name: true } },
      receivingAgency: { select: { name: true } },
      procedure: {
        select: {
          code: true,
          name: true,
          formDefinition: true,
          maxDossierBytes: true,
          requiresPersonalPresence: true,
          components: {
            orderBy: { sortOrder: "asc" },
            select: { id: true, name: true, required: true, paperAllowed: true, satisfiedByEForm: true },
          },
        },
      },
      attachments: {
        where: { kind: "APPLICATION" },
        orderBy: { createdAt: "asc" },
        select: { id: true, componentId: true, fileName: true, sizeBytes: true },
      },
      paperSubmissions: { select: { componentId: true, summary: true } },
    },
  });
  if (!dossier) throw notFound();
  await recordDossierAccess(actor, dossier, "VIEW");
  const account =
    dossier.status === "DRAFT"
      ? await db.user.findFirst({
          where: {
            personalIdHash: dossier.applicantPersonalIdHash ?? idNumberHash(openIdNumber(dossier.applicantPersonalId)),
          },
          select: { id: true },
        })
      : null;
  const { applicantPersonalIdHash: _hash, ...shown } = dossier;
  return {
    ...shown,
    applicantPersonalId: openIdNumber(dossier.applicantPersonalId), // sealed at rest
    applicantHasAccount: dossier.applicantId !== null || account !== null,
  };
}

export type WalkIn = Awaited<ReturnType<typeof getWalkIn>>;
