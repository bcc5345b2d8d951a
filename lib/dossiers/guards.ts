// The rules beside the transition table: what a dossier's own facts add to "this role may take
// this action from this status". Pure, like the table: the facts are loaded with the dossier, the
// clock and the working calendar are passed in. The staff page asks availableActions which
// buttons and forms to show; the commands ask assertGuards before acting; both get one answer.
import { countWorkingDaysBetween, type WorkingCalendar } from "../deadlines";
import { AppError } from "../errors";
import type { AttachmentKind, DossierStatus, ResultDelivery } from "../generated/prisma/enums";
import { nextStatus, WORKFLOW_ACTIONS, type ActorRole, type WorkflowAction } from "./workflow";

/** What the guards read of a dossier. */
export type GuardFacts = {
  status: DossierStatus;
  /** The specialist has proposed a result, which waits for the leader's decision. */
  awaitingApproval: boolean;
  receivedAt: Date | null;
  /** The procedure asks its fees before processing and the dossier's bill is not paid. */
  feesDueBeforeProcessing: boolean;
  /**
   * The applicant asked for the result electronically, no electronic result is attached, and no
   * officer has recorded that it is issued on paper only (with the reason).
   */
  electronicResultMissing: boolean;
};

export type GuardContext = { now: Date; calendar: WorkingCalendar };

/** What the electronic-result rule reads of a dossier (selected by RESULT_TERMS, ./guard-inputs.ts). */
export type ResultTerms = {
  resultDelivery: ResultDelivery;
  resultPaperOnlyReason: string | null;
  attachments: readonly { kind: AttachmentKind }[];
};

/** Asked electronically, with neither a result file nor a recorded paper-only choice. */
export function electronicResultMissing(d: ResultTerms): boolean {
  return (
    d.resultDelivery === "ELECTRONIC" && !d.resultPaperOnlyReason && !d.attachments.some((a) => a.kind === "RESULT")
  );
}

/**
 * The actor's roles where a dossier is concerned: in its competent agency, and in the one-stop
 * agency that received it (empty when none), whose counter may hand the result over.
 */
export type RolesOnDossier = { agency: readonly ActorRole[]; receivingAgency: readonly ActorRole[] };

/** After reception, a supplement may be asked only within 3 working days of reception (NĐ 61/2018 Art. 19(4) as amended by NĐ 107/2021; NĐ 118/2025 Art. 19). */
export const SUPPLEMENT_WINDOW_WORKING_DAYS = 3;

/** A rule of one or more actions: null when the facts allow it, else why not (shown to the officer). */
type Guard = (facts: GuardFacts, context: GuardContext) => string | null;

// A result is proposed once, and decided only once proposed.
const notYetProposed: Guard = (d) => (d.awaitingApproval ? "Hồ sơ đã được trình, đang chờ lãnh đạo phê duyệt." : null);
const proposed: Guard = (d) => (d.awaitingApproval ? null : "Chuyên viên chưa trình kết quả để phê duyệt.");

const withinSupplementWindow: Guard = (d, { now, calendar }) =>
  d.receivedAt && countWorkingDaysBetween(d.receivedAt, now, calendar) > SUPPLEMENT_WINDOW_WORKING_DAYS
    ? "Đã quá 03 ngày làm việc kể từ ngày tiếp nhận: không được yêu cầu bổ sung hồ sơ."
    : null;

// TT 01/2018 and the procedure's own terms: when the procedure requires the fees before
// processing, a received dossier may not go on to processing until its bill is paid.
const paidBeforeProcessing: Guard = (d) =>
  d.status === "RECEIVED" && d.feesDueBeforeProcessing
    ? 'Thủ tục này yêu cầu nộp phí, lệ phí trước khi xử lý: hãy "Yêu cầu nộp phí, lệ phí" và chờ người nộp thanh toán.'
    : null;

// The applicant chose to receive the result electronically (NĐ 45/2020 Art. 8(2); NĐ 118/2025
// Art. 4(2a)): a decision approved with no file would leave them reading "no electronic copy" with
// no word on where the paper is. The leader approves once the PDF is attached, or once an officer
// has recorded that this result is issued on paper only and why; the applicant is then told where.
const electronicResultReady: Guard = (d) =>
  d.electronicResultMissing
    ? "Người nộp đăng ký nhận kết quả bản điện tử nhưng hồ sơ chưa có tệp kết quả: hãy đính kèm tệp kết quả (PDF), hoặc ghi nhận kết quả chỉ cấp bản giấy và lý do, rồi phê duyệt."
    : null;

/** The guards of each action; an action without an entry has only the table's rule. */
export const GUARDS: Partial<Record<WorkflowAction, readonly Guard[]>> = {
  PROPOSE_RESULT: [notYetProposed],
  SEND_BACK: [proposed],
  APPROVE: [proposed, electronicResultReady],
  REFUSE_AFTER_REVIEW: [proposed],
  REQUEST_SUPPLEMENT_IN_PROCESSING: [withinSupplementWindow],
  // Every action leading from RECEIVED to PROCESSING (guards.test.ts checks the list against the table).
  START_PROCESSING: [paidBeforeProcessing],
  ASSIGN: [paidBeforeProcessing],
};

/** Why the dossier's facts refuse the action now, or null. */
export function guardRefusal(action: WorkflowAction, facts: GuardFacts, context: GuardContext): string | null {
  for (const guard of GUARDS[action] ?? []) {
    const refusal = guard(facts, context);
    if (refusal) return refusal;
  }
  return null;
}

/** Throws the refusal of guardRefusal, for a command about to take the action. */
export function assertGuards(action: WorkflowAction, facts: GuardFacts, context: GuardContext): void {
  const refusal = guardRefusal(action, facts, context);
  if (refusal) throw new AppError("TRANSITION_NOT_ALLOWED", refusal);
}

/**
 * The roles that count for an action. The result is handed over at a one-stop counter, the
 * receiving agency's or the competent agency's, by its counter officer (the post's delivery is
 * recorded from the shipment, never offered here); every other action is the competent agency's.
 */
function actingRoles(action: WorkflowAction, roles: RolesOnDossier): readonly ActorRole[] {
  if (action === "RETURN_RESULT")
    return [...roles.receivingAgency, ...roles.agency].filter((r) => r === "COUNTER_OFFICER");
  return roles.agency;
}

/** The role in which the table lets the actor take the action from this status, or undefined. */
export function actingRole(
  action: WorkflowAction,
  status: DossierStatus,
  roles: RolesOnDossier,
): ActorRole | undefined {
  return actingRoles(action, roles).find((r) => nextStatus(action, status, r) !== null);
}

/**
 * The actions the table lets the actor take now but a guard refuses, with why: the staff page
 * says so beside the buttons it offers, in the words the command would refuse with.
 */
export function refusedActions(
  facts: GuardFacts,
  roles: RolesOnDossier,
  context: GuardContext,
): { action: WorkflowAction; refusal: string }[] {
  return WORKFLOW_ACTIONS.flatMap((action) => {
    if (actingRole(action, facts.status, roles) === undefined) return [];
    const refusal = guardRefusal(action, facts, context);
    return refusal ? [{ action, refusal }] : [];
  });
}

/** The actions the actor may take on the dossier now: the table's for their roles, less those a guard refuses. */
export function availableActions(facts: GuardFacts, roles: RolesOnDossier, context: GuardContext): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter(
    (a) => actingRole(a, facts.status, roles) !== undefined && guardRefusal(a, facts, context) === null,
  );
}
