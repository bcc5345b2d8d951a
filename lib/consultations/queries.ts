import "server-only";
import { agencyIdsOf, type Actor } from "../auth/actor";
import { db } from "../db";

/**
 * The consultations of a dossier the actor may see: all of them for the lead agency's staff,
 * only those addressed to their agency for the asked agency's staff.
 */
export async function listConsultations(actor: Actor, dossier: { id: string; agencyId: string }) {
  const agencyIds = agencyIdsOf(actor);
  if (agencyIds.length === 0) return [];
  const lead = agencyIds.includes(dossier.agencyId);
  return db.consultation.findMany({
    where: { dossierId: dossier.id, ...(lead ? {} : { agencyId: { in: agencyIds } }) },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      state: true,
      question: true,
      dueAt: true,
      createdAt: true,
      answer: true,
      answeredAt: true,
      agencyId: true,
      agency: { select: { name: true } },
      requestedBy: { select: { fullName: true } },
      answeredBy: { select: { fullName: true } },
      attachments: { orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, sizeBytes: true } },
    },
  });
}
export type ConsultationView = Awaited<ReturnType<typeof listConsultations>>[number];

/** Agencies that may be asked for an opinion: every agency but the dossier's own. */
export function consultableAgencies(excludeAgencyId: string) {
  return db.agency.findMany({
    where: { id: { not: excludeAgencyId } },
    orderBy: [{ level: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
}
