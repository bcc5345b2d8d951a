// Turns a procedure's e-form definition into the zod schema that both the browser form
// (react-hook-form) and the server action validate with. Safe for the browser: it uses
// zod/mini, a fraction of zod's size, because it ships with the wizard to cheap phones.
import { z } from "zod/mini";
import type { FormDefinition, FormField } from "./definition";

const MESSAGES = {
  required: "Vui lòng nhập thông tin này.",
  personalId: "Số định danh cá nhân phải gồm đúng 12 chữ số.",
  phone: "Số điện thoại không hợp lệ (10 chữ số, bắt đầu bằng 0).",
  email: "Địa chỉ thư điện tử không hợp lệ.",
  date: "Ngày không hợp lệ.",
  number: "Vui lòng nhập một số.",
  option: "Vui lòng chọn một giá trị trong danh sách.",
  tooLong: (n: number) => `Tối đa ${n} ký tự.`,
};

const PATTERNS: Partial<Record<FormField["type"], [RegExp, string]>> = {
  personalId: [/^(\d{12})?$/, MESSAGES.personalId],
  phone: [/^(0\d{9})?$/, MESSAGES.phone],
  email: [/^([^\s@]+@[^\s@]+\.[^\s@]+)?$/, MESSAGES.email],
  date: [/^(\d{4}-\d{2}-\d{2})?$/, MESSAGES.date],
  number: [/^(-?\d+([.,]\d+)?)?$/, MESSAGES.number],
};

type FieldSchema = z.ZodMiniType<string, string | undefined>;

function fieldSchema(field: FormField): FieldSchema {
  const max = field.maxLength ?? 2000;
  const checks: z.core.$ZodCheck<string>[] = [z.trim(), z.maxLength(max, MESSAGES.tooLong(max))];
  const pattern = PATTERNS[field.type];
  if (pattern) checks.push(z.regex(pattern[0], pattern[1]));
  if (field.type === "select" && field.options) {
    const values = field.options.map((o) => o.value);
    checks.push(z.refine((v: string) => v === "" || values.includes(v), MESSAGES.option));
  }
  if (field.required) checks.push(z.refine((v: string) => v.length > 0, MESSAGES.required));
  // A field left out of the answers counts as empty, so it meets the same checks.
  return z.prefault(z.string().check(...checks), "");
}

export function formSchemaFor(definition: FormDefinition) {
  const shape: Record<string, FieldSchema> = {};
  for (const section of definition.sections) for (const field of section.fields) shape[field.name] = fieldSchema(field);
  return z.object(shape);
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
