// Turns a procedure's e-form definition into the zod schema the server validates answers with.
// The browser form checks the same rules (./rules.ts) without shipping zod to cheap phones.
import { z } from "zod/mini";
import type { FormDefinition, FormField } from "./definition";
import {
  CONTROL_CHARACTERS,
  DEFAULT_MAX_LENGTH,
  FIELD_PATTERNS,
  FORM_MESSAGES as MESSAGES,
  tooLongMessage,
} from "./rules";

type FieldSchema = z.ZodMiniType<string, string | undefined>;

function fieldSchema(field: FormField): FieldSchema {
  const max = field.maxLength ?? DEFAULT_MAX_LENGTH;
  const checks: z.core.$ZodCheck<string>[] = [
    z.trim(),
    z.maxLength(max, tooLongMessage(MESSAGES, max)),
    z.refine((v: string) => !CONTROL_CHARACTERS.test(v), MESSAGES.controlCharacters),
  ];
  const pattern = FIELD_PATTERNS[field.type];
  if (pattern) checks.push(z.regex(pattern[0], pattern[1]));
  if (field.type === "select" && field.options) {
    const values = field.options.map((o) => o.value);
    checks.push(z.refine((v: string) => v === "" || values.includes(v), MESSAGES.option));
  }
  if (field.required) checks.push(z.refine((v: string) => v.length > 0, MESSAGES.required));
  // A field left out of the answers counts as empty, so it meets the same checks.
  return z.prefault(z.string().check(...checks), "");
}

function buildFormSchema(definition: FormDefinition) {
  const shape: Record<string, FieldSchema> = {};
  for (const section of definition.sections) for (const field of section.fields) shape[field.name] = fieldSchema(field);
  return z.object(shape);
}

// Building a schema and its first parse cost about 0.3 ms (zod compiles the object's parser),
// a later parse 0.01 ms; a definition only changes when its procedure is edited. So each
// definition, keyed by its content, is built once per process, among a bounded number.
const MAX_BUILT = 500;
const built = new Map<string, ReturnType<typeof buildFormSchema>>();

export function formSchemaFor(definition: FormDefinition) {
  const key = JSON.stringify(definition);
  let schema = built.get(key);
  if (!schema) {
    schema = buildFormSchema(definition);
    if (built.size >= MAX_BUILT) built.delete(built.keys().next().value!);
    built.set(key, schema);
  }
  return schema;
}

export type FormAnswers = Record<string, string>;
/** What the browser form holds before validation: a field may not be filled in yet. */
export type FormInput = Record<string, string | undefined>;

export function allFields(definition: FormDefinition): FormField[] {
  return definition.sections.flatMap((s) => s.fields);
}

/** The schema of one section: a wizard step validates and saves only its own fields. */
export function sectionSchemaFor(definition: FormDefinition, sectionIndex: number) {
  const section = definition.sections[sectionIndex];
  if (!section) throw new RangeError(`no section ${sectionIndex}`);
  return formSchemaFor({ ...definition, sections: [section] });
}
