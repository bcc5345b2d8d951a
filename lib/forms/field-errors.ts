// Schema failures as the forms show them: the first message of each field, next to that field.
// Safe for the browser (no server code).

/** One message per field, keyed by the field's path: "contactPhone", "steps.2.name". */
export type FieldErrors = Record<string, string>;

type Issue = { readonly path: readonly PropertyKey[]; readonly message: string };

/**
 * The first message per field, keyed by its whole path ("steps.2.name"), "_" for the whole input.
 * A flat form's path is its field's name, so flat and nested forms read their messages the same way.
 */
export function fieldErrorsOf(error: { readonly issues: readonly Issue[] }): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_";
    fieldErrors[key] ??= issue.message;
  }
  return fieldErrors;
}
