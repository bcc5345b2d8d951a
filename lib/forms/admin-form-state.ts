// The state an admin form's server action returns. Safe for the browser.
import type { FieldErrors } from "./field-errors";

export type AdminFormState = {
  /** Bumped on every answer, so the form remounts its fields with `values` as defaults. */
  seq: number;
  ok?: string;
  error?: string;
  fieldErrors?: FieldErrors;
  /** What was sent, shown again after a refusal so nothing typed is lost. */
  values?: Record<string, string>;
  /** Refused for want of a recent sign-in (lib/auth/step-up.ts): the form links to re-authenticate. */
  reauth?: boolean;
};

export const initialAdminFormState: AdminFormState = { seq: 0 };
