// The checks of each e-form field type and their Vietnamese messages: one table, read by the
// server's zod schema (./to-zod.ts) and by the browser form's rules, so both say the same.
// Pure and dependency-free, so the browser does not need zod for it.
import type { FormField } from "./definition";

export const FORM_MESSAGES = {
  required: "Vui lòng nhập thông tin này.",
  personalId: "Số định danh cá nhân phải gồm đúng 12 chữ số.",
  phone: "Số điện thoại không hợp lệ (10 chữ số, bắt đầu bằng 0).",
  email: "Địa chỉ thư điện tử không hợp lệ.",
  date: "Ngày không hợp lệ.",
  number: "Vui lòng nhập một số.",
  option: "Vui lòng chọn một giá trị trong danh sách.",
  tooLong: (n: number) => `Tối đa ${n} ký tự.`,
};

/** Patterns accept the empty string: whether a field may be empty is the `required` rule's job. */
export const FIELD_PATTERNS: Partial<Record<FormField["type"], [RegExp, string]>> = {
  personalId: [/^(\d{12})?$/, FORM_MESSAGES.personalId],
  phone: [/^(0\d{9})?$/, FORM_MESSAGES.phone],
  email: [/^([^\s@]+@[^\s@]+\.[^\s@]+)?$/, FORM_MESSAGES.email],
  date: [/^(\d{4}-\d{2}-\d{2})?$/, FORM_MESSAGES.date],
  number: [/^(-?\d+([.,]\d+)?)?$/, FORM_MESSAGES.number],
};

export const DEFAULT_MAX_LENGTH = 2000;

/** The first problem with a (trimmed) answer, or null: the same order as the server reports. */
export function checkAnswer(field: FormField, raw: string | undefined): string | null {
  const value = (raw ?? "").trim();
  const max = field.maxLength ?? DEFAULT_MAX_LENGTH;
  if (value.length > max) return FORM_MESSAGES.tooLong(max);
  const pattern = FIELD_PATTERNS[field.type];
  if (pattern && !pattern[0].test(value)) return pattern[1];
  if (field.type === "select" && field.options && value !== "" && !field.options.some((o) => o.value === value)) return FORM_MESSAGES.option;
  if (field.required && value === "") return FORM_MESSAGES.required;
  return null;
}
