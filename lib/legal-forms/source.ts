import "server-only";
import { openIdNumber } from "../crypto/personal-data";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { recordDossierAccess } from "../dossiers/access-log";
import { applicantAddressOf } from "../dossiers/applicant-address";
import { dossierRecordsScope, holdsDossier } from "../dossiers/access";
import { notFound } from "../errors";

// What the legal forms (Mẫu 02, 03, 05, the stop notice, the hand-over slip) print about one
// dossier: the agency's records, for the applicant or the staff of the agencies that hold the
// dossier (not an agency only asked for an opinion); anyone else gets "not found".

export async function getLegalFormSource(actor: Actor, dossierId: string) {
  const dossier = await db.dossier.findFirst({
    where: { id: dossierId, status: { not: "DRAFT" }, ...dossierRecordsScope(actor) },
    select: {
      id: true,
      code: true,
      status: true,
      agencyId: true,
      receivingAgencyId: true,
      applicantId: true,
      applicantName: true,
      applicantPersonalId: true,
      applicantAddress: true,
      applicantPhone: true,
      receivedAt: true,
      dueAt: true,
      procedure: { select: { code: true, name: true } },
      agency: { select: { name: true, shortName: true, phone: true } },
      receivingAgency: { select: { name: true, shortName: true, phone: true } },
      events: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          action: true,
          note: true,
          dueAt: true,
          createdAt: true,
          actor: { select: { fullName: true } },
          agency: { select: { name: true } },
        },
      },
      supplementRequests: {
        orderBy: { createdAt: "desc" },
        take: 1,
        select: {
          stage: true,
          note: true,
          createdAt: true,
          requestedBy: { select: { fullName: true } },
          items: { orderBy: { sortOrder: "asc" }, select: { label: true, reason: true } },
        },
      },
      consultations: {
        orderBy: { createdAt: "asc" },
        select: {
          createdAt: true,
          dueAt: true,
          answeredAt: true,
          agency: { select: { name: true } },
          requestedBy: { select: { fullName: true } },
          answeredBy: { select: { fullName: true } },
        },
      },
    },
  });
  if (!dossier) throw notFound();
  // Every legal form and payment receipt is printed from this source.
  await recordDossierAccess(actor, dossier, "PRINT");
  // Staff of the competent or receiving agency: the ones who keep the internal forms (Mẫu 05).
  return {
    ...dossier,
    applicantPersonalId: openIdNumber(dossier.applicantPersonalId), // sealed at rest
    // The address every form prints: the e-form's, the dossier's or the postal one, whichever is known.
    applicantAddress: await applicantAddressOf(db, dossier.id),
    isAgencyStaff: holdsDossier(actor, dossier),
  };
}

export type LegalFormSource = Awaited<ReturnType<typeof getLegalFormSource>>;
