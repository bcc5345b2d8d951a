// Control characters in anything a person submits — every server action's form, every admin form,
// every JSON body of the API — are refused before a schema or a command sees the input, with the
// e-forms' message next to the field they are in. One walk, called by the plumbing that every
// input passes through (lib/actions/safe-action.ts, lib/actions/admin-form.ts,
// lib/forms/input-error.ts parseAdminInput, lib/api/parse.ts), so no field can be forgotten and no
// NUL reaches PostgreSQL (which refuses it in text and used to answer the generic error).
// Tabs and line breaks stay allowed: a single-line input cannot carry them from a browser, and
// multi-line notes need them. Safe for the browser (no server code).
import { CONTROL_CHARACTERS, FORM_MESSAGES } from "./rules";

/** The message shown next to the field: the same as an e-form answer's (rules.ts). */
export const CONTROL_CHARACTERS_MESSAGE = FORM_MESSAGES.controlCharacters;

export type TextIssue = { path: (string | number)[]; message: string };

const MAX_DEPTH = 32;

/**
 * Every string in `value` (objects and arrays walked, files and other values skipped) that holds
 * a control character, by its path; React's `$ACTION_…` bookkeeping fields are not the person's input.
 */
export function controlCharacterIssues(value: unknown, path: (string | number)[] = []): TextIssue[] {
  if (typeof value === "string")
    return CONTROL_CHARACTERS.test(value) ? [{ path, message: CONTROL_CHARACTERS_MESSAGE }] : [];
  if (path.length >= MAX_DEPTH || value === null || typeof value !== "object") return [];
  if (Array.isArray(value)) return value.flatMap((item, i) => controlCharacterIssues(item, [...path, i]));
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return []; // a File, a Date…
  return Object.entries(value).flatMap(([key, item]) =>
    path.length === 0 && key.startsWith("$ACTION") ? [] : controlCharacterIssues(item, [...path, key]),
  );
}

/** The issues as a form's field messages, keyed like fieldErrorsOf's: "note", "steps.2.name". */
export const controlCharacterFieldErrors = (issues: TextIssue[]): Record<string, string> =>
  Object.fromEntries(issues.map((issue) => [issue.path.length ? issue.path.join(".") : "_", issue.message]));

/** The same walk over a submitted form's text fields (files skipped), keyed by each field's name. */
export function formDataIssues(formData: FormData): TextIssue[] {
  const issues: TextIssue[] = [];
  for (const [key, value] of formData.entries())
    if (typeof value === "string" && !key.startsWith("$ACTION") && CONTROL_CHARACTERS.test(value))
      issues.push({ path: [key], message: CONTROL_CHARACTERS_MESSAGE });
  return issues;
}
