import "server-only";
// The plumbing of every server action, written once (formbricks' action client): read the form,
// parse it with the action's schema, find the signed-in actor, run the command, answer the form.
// An expected refusal (AppError) reaches the user as its message, with the fields it names
// (AdminInputError); anything else is logged and shown as one generic sentence (lib/errors.ts).
// Next.js's redirect() and notFound() work by throwing: those are rethrown, never worded.
import { revalidatePath } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { requireActor, type Actor } from "../auth/actor";
import { userMessage } from "../errors";
import { recordRefusal } from "../security-log/refusal";
import { controlCharacterFieldErrors, controlCharacterIssues, formDataIssues } from "../forms/control-characters";
import type { FieldErrors } from "../forms/field-errors";
import { AdminInputError } from "../forms/input-error";

/** How an error is worded: userMessage on staff pages, localizedUserMessage on the citizen's. */
export type Describe = (e: unknown) => string | Promise<string>;

/** What a refused command tells its form. */
export type Refusal = { error: string; fieldErrors?: FieldErrors };

/** A refusal keeps its error (`cause`) for the form that words a particular one its own way. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; refusal: Refusal; cause: unknown };

/**
 * Runs a command as the signed-in actor; a refusal comes back as its message, never as a throw.
 * `input`: what the person typed, when the caller read the form itself — a control character in
 * any of it refuses the command before it runs, with the field's message (safeAction and the admin
 * forms check their input the same way before they get here).
 */
export async function runCommand<T>(
  command: (actor: Actor) => Promise<T>,
  describe: Describe = userMessage,
  input?: unknown,
): Promise<Outcome<T>> {
  const control = controlCharacterIssues(input);
  if (control.length) {
    const fieldErrors = controlCharacterFieldErrors(control);
    const cause = new AdminInputError(control[0].message, fieldErrors);
    return { ok: false, refusal: { error: await describe(cause), fieldErrors }, cause };
  }
  let actor: Actor | undefined;
  try {
    actor = await requireActor();
    return { ok: true, value: await command(actor) };
  } catch (e) {
    unstable_rethrow(e);
    // A staff member refused (not theirs, or not allowed) goes to the security log.
    if (actor) await recordRefusal(actor, e);
    const error = await describe(e);
    return {
      ok: false,
      refusal: e instanceof AdminInputError ? { error, fieldErrors: e.fieldErrors } : { error },
      cause: e,
    };
  }
}

/** The state most forms are answered with; a form may add its own keys (values, amount…). */
export type FormState = { error?: string; fieldErrors?: FieldErrors; ok?: boolean | string };

export type FormAction<State> = (prev: State, formData: FormData) => Promise<State>;

type Options<S extends z.ZodType, R, State> = {
  /** What the schema parses; the form's text fields by default. */
  read?: (formData: FormData) => unknown;
  /** The pages showing what the command changed. */
  revalidate?: (input: z.output<S>, result: R) => string[];
  /** The state after success, `{ ok: true }` by default; may redirect() instead. */
  done?: (result: R, input: z.output<S>) => NoInfer<State> | Promise<NoInfer<State>>;
  /** The state when the schema refuses; the first message alone by default. */
  invalid?: (error: z.ZodError, formData: FormData) => NoInfer<State> | Promise<NoInfer<State>>;
  /** The state when the command refuses; its message (and fields) by default. */
  refused?: (refusal: Refusal, input: z.output<S>) => NoInfer<State>;
  describe?: Describe;
};

/**
 * A form's server action: parse → actor → command → state. The schema may be built per request
 * (a factory), e.g. to word its messages in the citizen's language.
 */
export function safeAction<S extends z.ZodType, R, State extends FormState>(
  schema: S | (() => S | Promise<S>),
  command: (actor: Actor, input: z.output<S>, formData: FormData) => Promise<R>,
  options: Options<S, R, State> = {},
): FormAction<State> {
  return async (_prev, formData) => {
    const raw = options.read ? options.read(formData) : Object.fromEntries(formData);
    // Control characters in any of the form's fields (also those the command reads itself) are
    // refused before any schema, for every form alike (lib/forms/control-characters.ts).
    const control = formDataIssues(formData);
    if (control.length) {
      const error = new z.ZodError(
        control.map(({ path, message }) => ({ code: "custom" as const, path, message, input: raw })),
      );
      return options.invalid
        ? options.invalid(error, formData)
        : ({ error: control[0].message, fieldErrors: controlCharacterFieldErrors(control) } as State);
    }
    const parser = typeof schema === "function" ? await schema() : schema;
    const parsed = parser.safeParse(raw);
    if (!parsed.success)
      return options.invalid
        ? options.invalid(parsed.error, formData)
        : ({ error: parsed.error.issues[0].message } as State);
    const input: z.output<S> = parsed.data;
    const outcome = await runCommand((actor) => command(actor, input, formData), options.describe);
    if (!outcome.ok) return options.refused ? options.refused(outcome.refusal, input) : (outcome.refusal as State);
    for (const path of options.revalidate?.(input, outcome.value) ?? []) revalidatePath(path);
    return options.done ? options.done(outcome.value, input) : ({ ok: true } as State);
  };
}
