// Turns a procedure's e-form definition into the zod schema that both the browser form
// (react-hook-form) and the server action validate with. Safe for the browser.
import { z } from "zod";
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

function fieldSchema(field: FormField): z.ZodType<string, string> {
  let s = z.string().trim().max(field.maxLength ?? 2000, MESSAGES.tooLong(field.maxLength ?? 2000));
  switch (field.type) {
    case "personalId":
      s = s.regex(/^(\d{12})?$/, MESSAGES.personalId);
      break;
    case "phone":
      s = s.regex(/^(0\d{9})?$/, MESSAGES.phone);
      break;
    case "email":
      s = s.regex(/^([^\s@]+@[^\s@]+\.[^\s@]+)?$/, MESSAGES.email);
      break;
    case "date":
      s = s.regex(/^(\d{4}-\d{2}-\d{2})?$/, MESSAGES.date);
      break;
    case "number":
      s = s.regex(/^(-?\d+([.,]\d+)?)?$/, MESSAGES.number);
      break;
  }
  let result: z.ZodType<string, string> = s;
  if (field.type === "select" && field.options) {
    const values = field.options.map((o) => o.value);
    result = s.refine((v) => v === "" || values.includes(v), MESSAGES.option);
  }
  if (field.required) result = result.refine((v) => v.length > 0, MESSAGES.required);
  return result;
}

export function formSchemaFor(definition: FormDefinition) {
  const shape: Record<string, z.ZodType<string, string>> = {};
  for (const section of definition.sections) for (const field of section.fields) shape[field.name] = fieldSchema(field);
  return z.object(shape);
}

export type FormAnswers = Record<string, string>;

export function allFields(definition: FormDefinition): FormField[] {
  return definition.sections.flatMap((s) => s.fields);
}

/** The schema of one section: a wizard step validates and saves only its own fields. */
export function sectionSchemaFor(definition: FormDefinition, sectionIndex: number) {
  const section = definition.sections[sectionIndex];
  if (!section) throw new RangeError(`no section ${sectionIndex}`);
  return formSchemaFor({ ...definition, sections: [section] });
}
