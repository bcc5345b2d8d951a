// Who answers feedback for an agency, as data. Pure: also used by pages to show the reply form.
import { agencyIdsOf, type Actor } from "../auth/actor";
import type { StaffRole } from "../generated/prisma/enums";

/** feedback:reply:agency — the staff who handle dossiers; postal and admin staff do not answer. */
export const FEEDBACK_REPLY_ROLES: readonly StaffRole[] = ["COUNTER_OFFICER", "SPECIALIST", "LEADER"];

export function canReplyToFeedback(roles: readonly StaffRole[]): boolean {
  return roles.some((r) => FEEDBACK_REPLY_ROLES.includes(r));
}

/** The agencies whose dossiers' feedback the actor answers. */
export function feedbackAgencyIds(actor: Actor): string[] {
  return agencyIdsOf(actor, FEEDBACK_REPLY_ROLES);
}
