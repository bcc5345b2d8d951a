// The profile form's schema: how the citizen wants to be reached. Shared by the form, its server
// action and the command. Safe for the browser. There is deliberately no user id here: the
// command takes the user from the actor, so nobody can change someone else's profile.
import { z } from "zod";
import { PROFILE_MESSAGES } from "../i18n/domain-labels";
import { LANGUAGES, type Locale } from "../i18n/locales";
import { fieldErrorsOf, type FieldErrors } from "../forms/field-errors";

// The choices live in lib/i18n (no zod), so the profile form does not ship zod to the browser.
export { LANGUAGES };
export type Language = Locale;

export const PROFILE_FIELDS = ["contactPhone", "contactEmail", "notifyByEmail", "notifyBySms", "language"] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

// An empty box clears the contact detail (the identity's one is used again).
const blankToNull = (v: unknown) =>
  v === undefined || v === null ? null : typeof v === "string" ? v.trim() || null : v;
// People write mobile numbers as "0912 345 678" or "0912.345.678"; the number is the digits.
const phoneDigits = (v: unknown) => {
  const s = blankToNull(v);
  return typeof s === "string" ? s.replace(/[\s.]/g, "") : s;
};

// The messages are written in lib/i18n, where the UI dictionary words them in English too.
const M = PROFILE_MESSAGES;

export const profileInputSchema = z.object({
  contactPhone: z.preprocess(
    phoneDigits,
    z
      .string({ error: M.phone })
      .regex(/^0\d{9}$/, M.phone)
      .nullable(),
  ),
  contactEmail: z.preprocess(blankToNull, z.email({ error: M.email }).max(254, M.emailTooLong).nullable()),
  notifyByEmail: z.boolean({ error: M.notifyByEmail }),
  notifyBySms: z.boolean({ error: M.notifyBySms }),
  language: z.enum(["vi", "en"], { error: M.language }),
});

export type ProfileInput = {
  contactPhone?: string | null;
  contactEmail?: string | null;
  notifyByEmail: boolean;
  notifyBySms: boolean;
  language: Language;
};
export type ProfileValues = z.output<typeof profileInputSchema>;

/**
 * Reads the profile form. A checkbox is sent as "on" when ticked and not at all otherwise;
 * any other value was not produced by the form and is passed on for the schema to refuse.
 */
export function profileFormValues(formData: FormData): Record<ProfileField, unknown> {
  const checkbox = (name: string) => {
    const v = formData.get(name);
    return v === null ? false : v === "on" ? true : v;
  };
  return {
    contactPhone: formData.get("contactPhone"),
    contactEmail: formData.get("contactEmail"),
    notifyByEmail: checkbox("notifyByEmail"),
    notifyBySms: checkbox("notifyBySms"),
    language: formData.get("language"),
  };
}

/** The first message for each of the form's fields, to show next to it (fieldErrorsOf, the form's fields only). */
export function profileFieldErrors(error: z.ZodError): FieldErrors {
  const fields: readonly string[] = PROFILE_FIELDS;
  return Object.fromEntries(Object.entries(fieldErrorsOf(error)).filter(([field]) => fields.includes(field)));
}
