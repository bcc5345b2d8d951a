import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { dossierScope } from "../dossiers/access";
import { notFound } from "../errors";
import { feedbackAgencyIds } from "./permissions";

/** The feedback of a dossier with its replies, for whoever may see the dossier; others get NOT_FOUND. */
export async function listDossierFeedback(actor: Actor, dossierId: string) {
  const dossier = await db.dossier.findFirst({
    where: { id: dossierId, ...dossierScope(actor) },
    select: {
      feedback: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          subject: true,
          content: true,
          state: true,
          createdAt: true,
          reply: true,
          repliedAt: true,
          repliedBy: { select: { fullName: true } },
        },
      },
    },
  });
  if (!dossier) throw notFound();
  return dossier.feedback;
}

export type DossierFeedback = Awaited<ReturnType<typeof listDossierFeedback>>[number];

/** Open feedback on the dossiers of the agencies the actor answers for, oldest first. */
export async function listOpenFeedback(actor: Actor) {
  const agencyIds = feedbackAgencyIds(actor);
  if (agencyIds.length === 0) return [];
  return db.feedback.findMany({
    where: { state: "OPEN", dossier: { agencyId: { in: agencyIds }, status: { not: "DRAFT" } } },
    orderBy: { createdAt: "asc" },
    take: 50,
    select: {
      id: true,
      subject: true,
      createdAt: true,
      dossier: { select: { id: true, code: true, applicantName: true } },
    },
  });
}
