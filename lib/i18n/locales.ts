// The languages of the citizen-facing UI (Vietnamese by default, English; docs/decisions/009). Safe for the
// browser and free of dependencies, so client components can import it without zod.
export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "vi";
/** Set by the language switch in the header for visitors who are not signed in. */
export const LOCALE_COOKIE = "ngon-ngu";

/** The choices as the profile form and the switch show them, each in its own language. */
export const LANGUAGES = [
  { value: "vi", label: "Tiếng Việt", lang: "vi" },
  { value: "en", label: "English", lang: "en" },
] as const satisfies readonly { value: Locale; label: string; lang: string }[];

export function asLocale(value: unknown): Locale | null {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value) ? (value as Locale) : null;
}

/** Fills "{name}" placeholders: dictionary strings stay plain data, so they can be passed to client components. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/**
 * A message from a Vietnamese table (a schema's messages) in another language: the key whose
 * Vietnamese text it is, looked up in the other table; unknown messages stay as they are.
 */
export function translateMessage<K extends string>(
  message: string,
  from: Record<K, string>,
  to: Record<K, string>,
): string {
  const key = (Object.keys(from) as K[]).find((k) => from[k] === message);
  return key ? to[key] : message;
}

/** A count in words: the singular form for exactly 1 ("1 point"), else the plural ("2 points"); Vietnamese has one form. */
export function plural(forms: { one: string; other: string }, n: number): string {
  return fill(n === 1 ? forms.one : forms.other, { n });
}
