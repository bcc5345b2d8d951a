import "server-only";
import { openIdNumber } from "../crypto/personal-data";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { recordDossierAccess } from "./access-log";
import { notFound } from "../errors";
import type { DossierStatus } from "../generated/prisma/enums";
import { loadWorkingCalendar } from "../deadlines/load-calendar";
import { dossierRecordsScope, dossierScope } from "./access";
import { isWholeCode, normalizeCodeInput } from "./codes";
import { PROCEDURE_TIMINGS } from "./expected-due";
import { availableActions, refusedActions } from "./guards";
import { FEE_TERMS, guardFactsOf, rolesOnDossier } from "./guard-inputs";

// Reads of dossiers. Every function takes the actor and scopes its query; none returns
// whole rows, only the fields its page shows.

/** Dossiers per page of "Hồ sơ của tôi": a phone shows them at a glance, the rest a link away. */
export const MY_DOSSIERS_PAGE_SIZE = 20;

/**
 * The applicant's own dossiers, newest first, a page at a time. `after` is the id of the last
 * dossier of the previous page (a keyset on createdAt and id: the index Dossier(applicantId,
 * createdAt) serves every page alike); an id that is not the applicant's starts from the top.
 */
export async function listMyDossiers(actor: Actor, after?: string) {
  const cursor = after
    ? await db.dossier.findFirst({
        where: { id: after, applicantId: actor.userId },
        select: { id: true, createdAt: true },
      })
    : null;
  const rows = await db.dossier.findMany({
    where: {
      applicantId: actor.userId,
      ...(cursor
        ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] }
        : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MY_DOSSIERS_PAGE_SIZE + 1,
    select: {
      id: true,
      code: true,
      status: true,
      createdAt: true,
      submittedAt: true,
      dueAt: true,
      draftExpiresAt: true,
      procedure: { select: { code: true, name: true } },
      agency: { select: { name: true } },
    },
  });
  const items = rows.slice(0, MY_DOSSIERS_PAGE_SIZE);
  return {
    items,
    nextCursor: rows.length > MY_DOSSIERS_PAGE_SIZE ? items[items.length - 1].id : null,
    paged: cursor !== null,
  };
}

/**
 * One dossier as its pages and printed receipts show it. `scope`: "case-file" (the dossier page:
 * also an agency asked for an opinion) or "records" (receipts: the applicant and the agencies
 * that hold the dossier only), lib/dossiers/access.ts.
 */
export async function getDossierForActor(
  actor: Actor,
  dossierId: string,
  scope: "case-file" | "records" = "case-file",
) {
  const dossier = await db.dossier.findFirst({
    where: { id: dossierId, ...(scope === "records" ? dossierRecordsScope(actor) : dossierScope(actor)) },
    select: {
      id: true,
      code: true,
      status: true,
      channel: true,
      version: true,
      applicantId: true,
      agencyId: true,
      applicantName: true,
      applicantPersonalId: true,
      applicantBirthDate: true,
      applicantPhone: true,
      applicantEmail: true,
      applicantAddress: true,
      formData: true,
      resultDelivery: true,
      resultPaperOnlyReason: true,
      outcome: true,
      awaitingApproval: true,
      assigneeId: true,
      receivingAgencyId: true,
      assignee: { select: { fullName: true } },
      createdAt: true,
      submittedAt: true,
      receivedAt: true,
      dueAt: true,
      finishedAt: true,
      returnedAt: true,
      draftExpiresAt: true,
      procedure: {
        select: {
          code: true,
          name: true,
          formDefinition: true,
          maxDossierBytes: true,
          requiresPersonalPresence: true,
          timings: PROCEDURE_TIMINGS,
          ...FEE_TERMS.procedure.select,
          components: {
            orderBy: { sortOrder: "asc" },
            select: {
              id: true,
              name: true,
              copyType: true,
              count: true,
              required: true,
              paperAllowed: true,
              satisfiedByEForm: true,
            },
          },
        },
      },
      agency: { select: { id: true, code: true, name: true } },
      receivingAgency: { select: { name: true } },
      bill: FEE_TERMS.bill,
      paperSubmissions: { select: { componentId: true, summary: true } },
      attachments: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          componentId: true,
          kind: true,
          fileName: true,
          mimeType: true,
          sizeBytes: true,
          createdAt: true,
        },
      },
      events: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          action: true,
          fromStatus: true,
          toStatus: true,
          note: true,
          ip: true,
          createdAt: true,
          actor: { select: { fullName: true } },
          agency: { select: { name: true } },
        },
      },
    },
  });
  if (!dossier) throw notFound();
  // The receipts (Mẫu 01, the online receipt) read the records scope: printed, not viewed.
  await recordDossierAccess(actor, dossier, scope === "records" ? "PRINT" : "VIEW");
  return { ...dossier, applicantPersonalId: openIdNumber(dossier.applicantPersonalId) }; // sealed at rest
}

export type DossierDetail = Awaited<ReturnType<typeof getDossierForActor>>;

/**
 * The actions the actor may take on the dossier now, by the table and its guards: the staff page
 * offers these only; and those the table allows but a guard refuses, with the command's words.
 */
export async function availableActionsFor(actor: Actor, dossier: DossierDetail) {
  const calendar = await loadWorkingCalendar(db);
  const facts = guardFactsOf(dossier);
  const roles = rolesOnDossier(actor, dossier);
  const context = { now: new Date(), calendar };
  return { actions: availableActions(facts, roles, context), refused: refusedActions(facts, roles, context) };
}

/** Anonymous lookup by code: code, procedure and status only (TT 22/2019 — now TT 21/2023). */
export async function lookupDossierByCode(typed: string) {
  // Whole codes only, in any case and spacing: a part of a code would let a stranger list dossiers.
  const code = normalizeCodeInput(typed);
  if (!isWholeCode(code)) return null;
  return db.dossier.findUnique({
    where: { code },
    select: { code: true, status: true, procedure: { select: { name: true } } },
  });
}
