import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import type { Tx } from "../db/create-client";
import { classifyCompletion, computeDueAt, processingTimeFor, receptionClockStart } from "../deadlines";
import { loadWorkingCalendar } from "../deadlines/load-calendar";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import type { StaffRole } from "../generated/prisma/enums";
import { stepDueAt } from "../dossiers/step-deadline";
import { completedBeforeReceptionAt } from "../dossiers/completed-before-reception";
import { recordTransition } from "../dossiers/record-transition";
import { WORKFLOW, type WorkflowAction } from "../dossiers/workflow";
import { actingRole, assertGuards, type GuardContext } from "../dossiers/guards";
import { FEE_TERMS, guardFactsOf, RESULT_TERMS, rolesOnDossier } from "../dossiers/guard-inputs";
import { loadForChange, type LoadedForChange } from "../dossiers/load-for-change";
import { issueBill } from "../payments/bill";
import { postalReceptionTime } from "../postal/reception";
import { refundOnRefusal } from "../payments/commands/refund-on-refusal";

/** Staff actions whose decision must carry written reasons (the forms print them). */
const NEEDS_NOTE: readonly WorkflowAction[] = [
  "REQUEST_SUPPLEMENT",
  "REFUSE_RECEPTION",
  "REQUEST_SUPPLEMENT_IN_PROCESSING",
  "SEND_BACK",
  "REFUSE_AFTER_REVIEW",
  "STOP",
  "RECORD_VERIFICATION",
];
/** Requests to supplement carry their items and go through lib/supplements instead. */
export const ITEMISED_ACTIONS: readonly WorkflowAction[] = ["REQUEST_SUPPLEMENT", "REQUEST_SUPPLEMENT_IN_PROCESSING"];
/** Actions that need more than a note (a person, an agency, a date, files) have their own command. */
export const DEDICATED_ACTIONS: readonly WorkflowAction[] = [
  "RECEIVE_AT_COUNTER",
  "ASSIGN",
  "REQUEST_OPINION",
  "ANSWER_OPINION",
  "ISSUE_REAPPOINTMENT",
  "RETURN_RESULT",
  // Confirmed by lib/payments when a payment settles, never by a button.
  "CONFIRM_PAYMENT",
];
export const STAFF_ACTIONS = (Object.keys(WORKFLOW) as WorkflowAction[]).filter(
  (a) =>
    !(WORKFLOW[a].roles as readonly string[]).includes("CITIZEN") &&
    !ITEMISED_ACTIONS.includes(a) &&
    !DEDICATED_ACTIONS.includes(a),
);

/** Whose step a hand-over starts (ProcedureStep.role), for the step deadline of Mẫu 05. */
const NEXT_STEP_ROLE: Partial<Record<WorkflowAction, StaffRole>> = {
  RECEIVE: "LEADER",
  START_PROCESSING: "SPECIALIST",
  SEND_BACK: "SPECIALIST",
  PROPOSE_RESULT: "LEADER",
  APPROVE: "COUNTER_OFFICER",
  REFUSE_AFTER_REVIEW: "COUNTER_OFFICER",
};

const SELECT = {
  code: true,
  channel: true,
  applicantEmail: true,
  submittedAt: true,
  receivedAt: true,
  awaitingApproval: true,
  assigneeId: true,
  procedureId: true,
  dueAt: true,
  bill: FEE_TERMS.bill,
  ...RESULT_TERMS,
  procedure: {
    select: { timings: { select: { channel: true, amount: true, unit: true } }, ...FEE_TERMS.procedure.select },
  },
} as const;

type Loaded = LoadedForChange<typeof SELECT>;

/** What each action changes besides the status. */
async function effects(
  tx: Tx,
  action: WorkflowAction,
  d: Loaded,
  actor: Actor,
  role: string,
  { now, calendar }: GuardContext,
): Promise<Prisma.DossierUncheckedUpdateManyInput> {
  switch (action) {
    case "RECEIVE": {
      // The time starts at complete reception (lib/deadlines/reception-clock-start.ts): an online
      // dossier filed outside working hours counts from the next working day; its paper sent by
      // post, from the confirmed hand-over record; completed after a Mẫu 02 at the reception
      // check, from that completion, never from the incomplete filing.
      const receivedAt = receptionClockStart(
        {
          channel: d.channel,
          receivedAt: now,
          filedAt: d.submittedAt,
          postalHandoverAt: await postalReceptionTime(tx, d.id),
          completedBeforeReceptionAt: await completedBeforeReceptionAt(tx, d.id),
        },
        calendar,
      );
      const timing = processingTimeFor(d.procedure.timings, d.channel);
      const dueAt = timing ? computeDueAt(receivedAt, timing, calendar) : null;
      return { receivedAt, dueAt };
    }
    case "START_PROCESSING":
      return role === "SPECIALIST" ? { assigneeId: actor.userId } : {};
    case "PROPOSE_RESULT":
      return { awaitingApproval: true };
    case "SEND_BACK":
    case "APPROVE":
    case "REFUSE_AFTER_REVIEW":
      if (action === "SEND_BACK") return { awaitingApproval: false };
      if (action === "REFUSE_AFTER_REVIEW") await refundOnRefusal(tx, d.id, actor.userId);
      // Classified now, by the deadline module's rule, so statistics count it in SQL (lib/statistics).
      return {
        awaitingApproval: false,
        finishedAt: now,
        completion: d.dueAt ? classifyCompletion(now, d.dueAt) : null,
        outcome: action === "APPROVE" ? "GRANTED" : "REFUSED",
      };
    case "RETURN_RESULT":
      return { returnedAt: now };
    case "REQUEST_PAYMENT":
      await issueBill(tx, d.id);
      return {};
    default:
      return {};
  }
}

export async function takeStaffAction(
  actor: Actor,
  dossierId: string,
  action: WorkflowAction,
  input: { note?: string | null; version: number },
) {
  if (!STAFF_ACTIONS.includes(action)) throw new AppError("INVALID_INPUT", "Thao tác không hợp lệ.");
  const note = input.note?.trim() || null;
  if (NEEDS_NOTE.includes(action) && !note) throw new AppError("INVALID_INPUT", "Vui lòng ghi rõ lý do.");

  return db.$transaction(async (tx) => {
    const dossier = await loadForChange(tx, actor, dossierId, {
      select: SELECT,
      version: input.version,
      scope: "agency-or-receiving",
    });
    const role = actingRole(action, dossier.status, rolesOnDossier(actor, dossier));
    if (!role)
      throw new AppError(
        "TRANSITION_NOT_ALLOWED",
        `Không thể "${WORKFLOW[action].label}" đối với hồ sơ ở trạng thái hiện tại.`,
      );
    const context = { now: new Date(), calendar: await loadWorkingCalendar(tx) };
    assertGuards(action, guardFactsOf(dossier), context);
    const data = await effects(tx, action, dossier, actor, role, context);
    const nextRole = NEXT_STEP_ROLE[action];
    const dossierDueAt = (data.dueAt as Date | null | undefined) ?? dossier.dueAt;
    await recordTransition(tx, {
      dossier,
      action,
      to: WORKFLOW[action].to,
      actorId: actor.userId,
      ip: actor.ip,
      agencyId: dossier.agencyId,
      note,
      stepDueAt: nextRole
        ? await stepDueAt(tx, { procedureId: dossier.procedureId, role: nextRole, from: new Date(), dossierDueAt })
        : null,
      data,
    });
  });
}
