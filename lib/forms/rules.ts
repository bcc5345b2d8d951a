// The checks of each e-form field type and their messages: one table, read by the server's zod
// schema (./to-zod.ts) and by the browser form's rules, so both say the same. Pure and
// dependency-free, so the browser does not need zod for it. The messages are Vietnamese by
// default; the browser form may be handed the same messages in the citizen's language (lib/i18n).
import type { FormField } from "./definition";

/** One message per rule; "{max}" in `tooLong` is the field's maximum length. */
export type FormMessages = {
  required: string;
  personalId: string;
  phone: string;
  email: string;
  date: string;
  number: string;
  option: string;
  tooLong: string;
  controlCharacters: string;
  /** The hint under a date field: the citizen types it day first. */
  dateHint: string;
};

export const FORM_MESSAGES: FormMessages = {
  required: "Vui lòng nhập thông tin này.",
  personalId: "Số định danh cá nhân phải gồm đúng 12 chữ số.",
  phone: "Số điện thoại không hợp lệ (10 chữ số, bắt đầu bằng 0).",
  email: "Địa chỉ thư điện tử không hợp lệ.",
  date: "Ngày không hợp lệ.",
  number: "Vui lòng nhập một số.",
  option: "Vui lòng chọn một giá trị trong danh sách.",
  tooLong: "Tối đa {max} ký tự.",
  controlCharacters: "Nội dung có ký tự điều khiển không hợp lệ (ví dụ ký tự NUL); vui lòng nhập lại.",
  dateHint: "Ngày/tháng/năm, ví dụ 12/03/1994",
};

export const tooLongMessage = (messages: FormMessages, max: number) => messages.tooLong.replace("{max}", String(max));

type PatternType = "personalId" | "phone" | "email" | "date" | "number";

/** Patterns accept the empty string: whether a field may be empty is the `required` rule's job. */
export const FIELD_PATTERNS: Partial<Record<FormField["type"], [RegExp, string]>> &
  Record<PatternType, [RegExp, string]> = {
  personalId: [/^(\d{12})?$/, FORM_MESSAGES.personalId],
  phone: [/^(0\d{9})?$/, FORM_MESSAGES.phone],
  email: [/^([^\s@]+@[^\s@]+\.[^\s@]+)?$/, FORM_MESSAGES.email],
  date: [/^(\d{4}-\d{2}-\d{2})?$/, FORM_MESSAGES.date],
  number: [/^(-?\d+([.,]\d+)?)?$/, FORM_MESSAGES.number],
};

export const DEFAULT_MAX_LENGTH = 2000;

/**
 * Control characters no keyboard types (NUL and the other C0 codes, DEL), pasted or forged:
 * PostgreSQL refuses NUL in text, and none belongs in an answer. Tab and line breaks stay allowed.
 */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** The first problem with a (trimmed) answer, or null: the same order as the server reports. */
export function checkAnswer(
  field: FormField,
  raw: string | undefined,
  messages: FormMessages = FORM_MESSAGES,
): string | null {
  const value = (raw ?? "").trim();
  const max = field.maxLength ?? DEFAULT_MAX_LENGTH;
  if (value.length > max) return tooLongMessage(messages, max);
  if (CONTROL_CHARACTERS.test(value)) return messages.controlCharacters;
  const pattern = FIELD_PATTERNS[field.type];
  // Each pattern's message has the key of its field type.
  if (pattern && !pattern[0].test(value)) return messages[field.type as PatternType];
  if (field.type === "select" && field.options && value !== "" && !field.options.some((o) => o.value === value))
    return messages.option;
  if (field.required && value === "") return messages.required;
  return null;
}
