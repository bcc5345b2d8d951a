// A refused form input: the first message for the page's banner, and one message per field so
// the form shows each next to its field. Safe for the browser (no server code).
import type { z } from "zod";
import { AppError } from "../errors";
import { controlCharacterFieldErrors, controlCharacterIssues } from "./control-characters";
import { fieldErrorsOf, type FieldErrors } from "./field-errors";

/** What a form sends: the command's schema judges every value. */
export type FormInput = Record<string, unknown>;

export class AdminInputError extends AppError {
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super("INVALID_INPUT", message);
  }
}

/** A refusal located at one field. */
export const fieldError = (field: string, message: string) => new AdminInputError(message, { [field]: message });

/** Parses or throws an AdminInputError naming each bad field; nothing is stored on a throw. */
export function parseAdminInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const control = controlCharacterIssues(input);
  if (control.length) throw new AdminInputError(control[0].message, controlCharacterFieldErrors(control));
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AdminInputError(parsed.error.issues[0].message, fieldErrorsOf(parsed.error));
  return parsed.data;
}
