import "server-only";
import { rolesIn, type Actor } from "../auth/actor";
import { competentAgencyScope, dossierRecordsScope } from "../dossiers/access";
import { db } from "../db";
import { recordDossierAccess } from "../dossiers/access-log";
import { deadlineWarning, processingTimeFor, type DeadlineWarning } from "../deadlines";
import { loadWorkingCalendar } from "../deadlines/load-calendar";
import { STATUS_INFO } from "../dossiers/status";
import { nextStatus } from "../dossiers/workflow";
import { notFound } from "../errors";
import type { Mau04Reappointment } from "../legal-forms/mau-04-reappointment";
import { DRAFT_REASON } from "./messages";
import { proposeNewDueAt, vietnamDateOf } from "./rules";
import { dossierLookupUrl } from "../legal-forms/route";

// Reads of the apology with a new date (Mẫu 04), each scoped to the actor.

const recordSelect = {
  state: true,
  previousDueAt: true,
  newDueAt: true,
  reason: true,
  issuedAt: true,
  issuedBy: { select: { fullName: true } },
} as const;

export type StaffReappointmentView = {
  warning: DeadlineWarning | null;
  issued: {
    previousDueAt: Date;
    newDueAt: Date;
    reason: string;
    issuedAt: Date | null;
    issuedBy: string | null;
  } | null;
  /** The form's starting values, for a leader who may still issue; null for everyone else. */
  form: { version: number; newDueDate: string; reason: string } | null;
  /** Why a leader cannot issue yet although the warning is due (e.g. the dossier is not being processed). */
  notYet: string | null;
};

/** What the staff of the competent agency see: the warning, the issued Mẫu 04, or for its leaders the pre-filled form. */
export async function staffReappointmentView(actor: Actor, dossierId: string): Promise<StaffReappointmentView | null> {
  const d = await db.dossier.findFirst({
    where: { AND: [{ id: dossierId }, competentAgencyScope(actor)] },
    select: {
      id: true,
      version: true,
      status: true,
      dueAt: true,
      channel: true,
      agencyId: true,
      procedure: { select: { timings: { select: { channel: true, amount: true, unit: true } } } },
      reappointment: { select: recordSelect },
    },
  });
  if (!d) return null;
  const now = new Date();
  const calendar = await loadWorkingCalendar(db);
  const warning = deadlineWarning(d, now, calendar);
  const r = d.reappointment;
  const issued =
    r?.state === "ISSUED"
      ? {
          previousDueAt: r.previousDueAt,
          newDueAt: r.newDueAt,
          reason: r.reason,
          issuedAt: r.issuedAt,
          issuedBy: r.issuedBy?.fullName ?? null,
        }
      : null;
  const leader = rolesIn(actor, d.agencyId).includes("LEADER");
  const inStatus = nextStatus("ISSUE_REAPPOINTMENT", d.status, "LEADER") !== null;
  const mayIssue = !issued && !!d.dueAt && leader && inStatus;
  const notYet =
    leader && warning && !issued && !inStatus
      ? `Phiếu xin lỗi và hẹn lại ngày trả kết quả được ban hành khi hồ sơ ở trạng thái "${STATUS_INFO.PROCESSING.label}".`
      : null;
  // The form is offered once the warning is due or the scan drafted; the leader may change both values.
  let form: StaffReappointmentView["form"] = null;
  if (mayIssue && d.dueAt && (warning || r)) {
    const draftIsCurrent = r && r.previousDueAt.getTime() === d.dueAt.getTime() && r.newDueAt.getTime() > now.getTime();
    const newDueAt = draftIsCurrent
      ? r.newDueAt
      : proposeNewDueAt(d.dueAt, processingTimeFor(d.procedure.timings, d.channel), now, calendar);
    form = { version: d.version, newDueDate: vietnamDateOf(newDueAt), reason: r?.reason ?? DRAFT_REASON };
  }
  return { warning, issued, form, notYet };
}

/** The issued Mẫu 04 as the applicant sees it on their dossier, or null. */
export async function issuedReappointmentForApplicant(actor: Actor, dossierId: string) {
  return db.reappointment.findFirst({
    where: { dossierId, state: "ISSUED", dossier: { applicantId: actor.userId } },
    select: { previousDueAt: true, newDueAt: true, reason: true, issuedAt: true },
  });
}

/**
 * The data of the Mẫu 04 PDF: for the applicant, and for the staff of the competent and the
 * receiving agency (the counter hands it over); nobody else, not even an agency asked for an opinion.
 */
export async function mau04ForActor(actor: Actor, dossierId: string): Promise<Mau04Reappointment> {
  const d = await db.dossier.findFirst({
    where: {
      AND: [
        { id: dossierId, status: { not: "DRAFT" }, reappointment: { state: "ISSUED" } },
        dossierRecordsScope(actor),
      ],
    },
    select: {
      id: true,
      applicantId: true,
      agencyId: true,
      receivingAgencyId: true,
      code: true,
      applicantName: true,
      applicantAddress: true,
      receivedAt: true,
      agency: { select: { name: true } },
      procedure: { select: { name: true, code: true } },
      reappointment: { select: recordSelect },
    },
  });
  const r = d?.reappointment;
  if (!d || !d.code || !d.receivedAt || !r || !r.issuedAt)
    throw notFound("Hồ sơ chưa có Phiếu xin lỗi và hẹn lại ngày trả kết quả.");
  await recordDossierAccess(actor, d, "PRINT");
  return {
    agency: { name: d.agency.name },
    code: d.code,
    lookupUrl: dossierLookupUrl(d.code),
    applicant: { name: d.applicantName, address: d.applicantAddress },
    procedure: { name: d.procedure.name, code: d.procedure.code },
    receivedAt: d.receivedAt,
    previousDueAt: r.previousDueAt,
    newDueAt: r.newDueAt,
    reason: r.reason,
    issuedAt: r.issuedAt,
    leaderName: r.issuedBy?.fullName ?? "",
  };
}
