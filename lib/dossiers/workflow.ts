// The one transition table of the dossier workflow. Pure: no database.
// It is the only place that knows which status may follow which, and which role may act.
import { DossierStatus, StaffRole } from "../generated/prisma/enums";
import { ACTION_LABELS as A } from "../i18n/domain-labels";

export type Status = DossierStatus;
export type ActorRole = "CITIZEN" | StaffRole;

type Rule = { from: readonly Status[]; to: Status; roles: readonly ActorRole[]; label: string };

const S = DossierStatus;
const R = StaffRole;

export const WORKFLOW = {
  // Citizen files the dossier online (status 1, Mới đăng ký).
  SUBMIT: { from: [S.DRAFT], to: S.SUBMITTED, roles: ["CITIZEN"], label: A.SUBMIT },
  // A walk-in or paper dossier the counter officer files on the citizen's behalf is received at once.
  RECEIVE_AT_COUNTER: { from: [S.DRAFT], to: S.RECEIVED, roles: [R.COUNTER_OFFICER], label: A.RECEIVE_AT_COUNTER },
  // Reception (NĐ 118/2025; TT 01/2018 forms): exactly one of receive (Mẫu 01),
  // request a supplement (Mẫu 02) or refuse (Mẫu 03).
  RECEIVE: { from: [S.SUBMITTED], to: S.RECEIVED, roles: [R.COUNTER_OFFICER], label: A.RECEIVE },
  REQUEST_SUPPLEMENT: {
    from: [S.SUBMITTED],
    to: S.SUPPLEMENT_REQUESTED,
    roles: [R.COUNTER_OFFICER],
    label: A.REQUEST_SUPPLEMENT,
  },
  REFUSE_RECEPTION: { from: [S.SUBMITTED], to: S.REFUSED, roles: [R.COUNTER_OFFICER], label: A.REFUSE_RECEPTION },
  // The citizen completes the dossier: before reception it goes back to be checked again.
  SUPPLY_BEFORE_RECEPTION: {
    from: [S.SUPPLEMENT_REQUESTED],
    to: S.SUBMITTED,
    roles: ["CITIZEN"],
    label: A.SUPPLY_BEFORE_RECEPTION,
  },
  // Processing by the competent agency: the head assigns a specialist (docs/domain.md §5.4).
  START_PROCESSING: {
    from: [S.RECEIVED],
    to: S.PROCESSING,
    roles: [R.SPECIALIST, R.LEADER],
    label: A.START_PROCESSING,
  },
  ASSIGN: { from: [S.RECEIVED, S.PROCESSING], to: S.PROCESSING, roles: [R.LEADER], label: A.ASSIGN },
  RECORD_VERIFICATION: { from: [S.PROCESSING], to: S.PROCESSING, roles: [R.SPECIALIST], label: A.RECORD_VERIFICATION },
  // Liên thông: opinions of other agencies, asked in parallel, each with its own deadline. The
  // answer comes from the asked agency, whose staff have no other right on the dossier.
  REQUEST_OPINION: { from: [S.PROCESSING], to: S.PROCESSING, roles: [R.SPECIALIST], label: A.REQUEST_OPINION },
  ANSWER_OPINION: { from: [S.PROCESSING], to: S.PROCESSING, roles: [R.SPECIALIST, R.LEADER], label: A.ANSWER_OPINION },
  // Mẫu 04: apology and new date, confirmed by the leader, only once per dossier.
  ISSUE_REAPPOINTMENT: { from: [S.PROCESSING], to: S.PROCESSING, roles: [R.LEADER], label: A.ISSUE_REAPPOINTMENT },
  // After reception a supplement may be asked within 3 working days; the time restarts on arrival.
  REQUEST_SUPPLEMENT_IN_PROCESSING: {
    from: [S.PROCESSING],
    to: S.SUPPLEMENT_REQUESTED,
    roles: [R.SPECIALIST],
    label: A.REQUEST_SUPPLEMENT_IN_PROCESSING,
  },
  SUPPLY_IN_PROCESSING: {
    from: [S.SUPPLEMENT_REQUESTED],
    to: S.PROCESSING,
    roles: ["CITIZEN"],
    label: A.SUPPLY_IN_PROCESSING,
  },
  PROPOSE_RESULT: { from: [S.PROCESSING], to: S.PROCESSING, roles: [R.SPECIALIST], label: A.PROPOSE_RESULT },
  SEND_BACK: { from: [S.PROCESSING], to: S.PROCESSING, roles: [R.LEADER], label: A.SEND_BACK },
  APPROVE: { from: [S.PROCESSING], to: S.RESOLVED, roles: [R.LEADER], label: A.APPROVE },
  REFUSE_AFTER_REVIEW: { from: [S.PROCESSING], to: S.RESOLVED, roles: [R.LEADER], label: A.REFUSE_AFTER_REVIEW },
  REQUEST_PAYMENT: {
    from: [S.RECEIVED, S.PROCESSING],
    to: S.AWAITING_PAYMENT,
    roles: [R.COUNTER_OFFICER, R.SPECIALIST],
    label: A.REQUEST_PAYMENT,
  },
  CONFIRM_PAYMENT: {
    from: [S.AWAITING_PAYMENT],
    to: S.PROCESSING,
    roles: [R.COUNTER_OFFICER, R.SPECIALIST],
    label: A.CONFIRM_PAYMENT,
  },
  // TT 03/2025 adds a notice of stopping processing (Dừng xử lý).
  STOP: {
    from: [S.RECEIVED, S.PROCESSING, S.SUPPLEMENT_REQUESTED, S.AWAITING_PAYMENT],
    to: S.STOPPED,
    roles: [R.LEADER],
    label: A.STOP,
  },
  WITHDRAW: {
    from: [S.SUBMITTED, S.RECEIVED, S.PROCESSING, S.SUPPLEMENT_REQUESTED, S.AWAITING_PAYMENT],
    to: S.WITHDRAWN,
    roles: ["CITIZEN"],
    label: A.WITHDRAW,
  },
  RETURN_RESULT: {
    from: [S.RESOLVED],
    to: S.RETURNED,
    roles: [R.COUNTER_OFFICER, R.POSTAL_OFFICER],
    label: A.RETURN_RESULT,
  },
} as const satisfies Record<string, Rule>;

export type WorkflowAction = keyof typeof WORKFLOW;
export const WORKFLOW_ACTIONS = Object.keys(WORKFLOW) as WorkflowAction[];

/** Which status may follow which (any role), derived from the actions above. */
export const ALLOWED_TRANSITIONS: Record<Status, Status[]> = Object.fromEntries(
  Object.values(DossierStatus).map((from) => [
    from,
    [
      ...new Set(
        Object.values(WORKFLOW)
          .filter((r) => (r.from as readonly Status[]).includes(from))
          .map((r) => r.to),
      ),
    ],
  ]),
) as Record<Status, Status[]>;

export function canTransition(from: Status, to: Status): boolean {
  return ALLOWED_TRANSITIONS[from].includes(to);
}

/** The status an action leads to, or null when the action is not allowed for this status and role. */
export function nextStatus(action: WorkflowAction, from: Status, role: ActorRole): Status | null {
  const rule: Rule = WORKFLOW[action];
  if (!rule.from.includes(from) || !rule.roles.includes(role)) return null;
  return rule.to;
}

/**
 * The actions the table lets these roles take in a given status. The buttons staff see also pass
 * the rules beside the table: availableActions in ./guards.ts.
 */
export function actionsByTable(from: Status, roles: readonly ActorRole[]): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((a) => roles.some((role) => nextStatus(a, from, role) !== null));
}

/** Statuses where the dossier is finished and nothing more may happen. */
export const FINAL_STATUSES: readonly Status[] = [S.REFUSED, S.WITHDRAWN, S.STOPPED, S.RETURNED];
