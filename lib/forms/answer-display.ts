// An e-form answer as the forms print it: what the citizen checks before filing is what the
// officer and the Mẫu 01 receipt will read. Answers are stored as typed (dates ISO "1994-03-12",
// a list's value); Vietnamese documents write dates dd/MM/yyyy and a choice by its label.
// Safe for the browser (no server code).
import type { FormField } from "./definition";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "1994-03-12" → "12/03/1994"; anything else is returned as it is. Plain text, no time zone involved. */
export function displayIsoDate(value: string): string {
  const m = ISO_DATE.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
}

/**
 * A date as the citizen types it, day first ("12/03/1994", "1/2/2026", "12.03.1994"), as the
 * stored ISO date ("1994-03-12"); a stored date passes through. Anything else, or a day that does
 * not exist (31/02/2026), comes back as typed, so the date rule refuses it with its message.
 */
export function isoFromTypedDate(typed: string): string {
  const value = typed.trim();
  if (ISO_DATE.test(value)) return value;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (!m) return value;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return value;
  return `${m[3]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The answer as it will appear on the forms; "" when there is none. */
export function displayAnswer(field: Pick<FormField, "type" | "options">, raw: string | undefined | null): string {
  const value = (raw ?? "").trim();
  if (value === "") return "";
  if (field.type === "date") return displayIsoDate(value);
  if (field.type === "select") return field.options?.find((o) => o.value === value)?.label ?? value;
  return value;
}

/** What a field's input shows for a stored answer: a date day first, as the citizen types it. */
export const typedAnswer = (field: Pick<FormField, "type">, stored: string | undefined): string =>
  field.type === "date" ? displayIsoDate(stored ?? "") : (stored ?? "");

/** What is stored (and checked) for what the citizen typed: a date as ISO, anything else as typed. */
export const storedAnswer = (field: Pick<FormField, "type">, typed: string | undefined): string | undefined =>
  field.type === "date" && typed !== undefined ? isoFromTypedDate(typed) : typed;

/** The inputs' values of a form showing these fields, from the stored answers. */
export const typedAnswers = (fields: FormField[], stored: Record<string, string | undefined>): Record<string, string> =>
  Object.fromEntries(fields.map((f) => [f.name, typedAnswer(f, stored[f.name])]));

/** What a form of these fields sends to be stored, from its inputs' values. */
export const storedAnswers = (fields: FormField[], typed: Record<string, string | undefined>): Record<string, string> =>
  Object.fromEntries(fields.map((f) => [f.name, storedAnswer(f, typed[f.name]) ?? ""]));
