// Vietnamese names of staff roles (StaffRole). Safe for the browser.
import type { StaffRole } from "../generated/prisma/enums";
import { STAFF_ROLE_LABELS } from "../i18n/domain-labels";

export const STAFF_ROLES = [
  "COUNTER_OFFICER",
  "SPECIALIST",
  "LEADER",
  "POSTAL_OFFICER",
  "ADMIN",
] as const satisfies readonly StaffRole[];

export const STAFF_ROLE_LABEL: Record<StaffRole, string> = STAFF_ROLE_LABELS;
