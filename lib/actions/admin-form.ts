import "server-only";
// The administration forms' answer (AdminFormState): every answer bumps `seq` so the form
// remounts its fields; a refusal gives back what was typed, each field's message under the
// form's own input name.
import type { Actor } from "../auth/actor";
import { ReauthRequiredError } from "../auth/step-up";
import type { AdminFormState } from "../forms/admin-form-state";
import { controlCharacterFieldErrors, formDataIssues } from "../forms/control-characters";
import type { FieldErrors } from "../forms/field-errors";
import { runCommand } from "./safe-action";

/** The form's text fields, without React's hidden `$ACTION_…` fields. */
export const textValues = (formData: FormData): Record<string, string> =>
  Object.fromEntries(
    [...formData.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$")) as [string, string][],
  );

const relocate = (fieldErrors: FieldErrors, locate: (field: string) => string): FieldErrors =>
  Object.fromEntries(Object.entries(fieldErrors).map(([field, message]) => [locate(field), message]));

/**
 * Runs a command for an admin form; `locate` renames the command's field paths to the form's
 * input names (a command numbers the rows it was given, the form the rows it shows).
 */
export async function runAdminForm(
  prev: AdminFormState,
  formData: FormData,
  command: (actor: Actor) => Promise<unknown>,
  ok: string,
  after: () => void,
  locate = (field: string) => field,
): Promise<AdminFormState> {
  const seq = prev.seq + 1;
  // Control characters in any of the form's fields: refused before the command runs (lib/forms/control-characters.ts).
  const control = formDataIssues(formData);
  if (control.length)
    return {
      seq,
      error: control[0].message,
      fieldErrors: relocate(controlCharacterFieldErrors(control), locate),
      values: textValues(formData),
    };
  const outcome = await runCommand(command);
  if (!outcome.ok) {
    const { error, fieldErrors } = outcome.refusal;
    return {
      seq,
      error,
      ...(fieldErrors && { fieldErrors: relocate(fieldErrors, locate) }),
      ...(outcome.cause instanceof ReauthRequiredError && { reauth: true }),
      values: textValues(formData),
    };
  }
  after();
  return { seq, ok };
}
