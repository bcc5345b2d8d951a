"use server";
// Thin server action: parse the form with the form's schema, call the command, map expected
// errors to messages (lib/actions/safe-action.ts), revalidate. The command scopes the change to
// the actor's own account.
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { runCommand } from "../actions/safe-action";
import { vi } from "../i18n/vi";
import { LOCALE_COOKIE, translateMessage } from "../i18n/locales";
import { getDictionary, localizedUserMessage } from "../i18n/server";
import { updateProfile } from "./commands/update-profile";
import type { FieldErrors } from "../forms/field-errors";
import { profileFieldErrors, profileFormValues, profileInputSchema } from "./schemas";

export type ProfileActionState = {
  error?: string;
  fieldErrors?: FieldErrors;
  ok?: boolean;
  /** What was sent, shown again after a refusal so nothing typed is lost. */
  values?: {
    contactPhone: string;
    contactEmail: string;
    notifyByEmail: boolean;
    notifyBySms: boolean;
    language: string;
  };
};

const text = (v: unknown) => (typeof v === "string" ? v : "");

export async function updateProfileAction(_prev: ProfileActionState, formData: FormData): Promise<ProfileActionState> {
  const raw = profileFormValues(formData);
  const values = {
    contactPhone: text(raw.contactPhone),
    contactEmail: text(raw.contactEmail),
    notifyByEmail: raw.notifyByEmail === true,
    notifyBySms: raw.notifyBySms === true,
    language: text(raw.language),
  };
  const parsed = profileInputSchema.safeParse(raw);
  if (!parsed.success) {
    const t = (await getDictionary()).profile.form;
    // The schema words its messages in Vietnamese; the dictionary has them in the citizen's language.
    const fieldErrors = Object.fromEntries(
      Object.entries(profileFieldErrors(parsed.error)).map(([field, message]) => [
        field,
        translateMessage(message, vi.profile.form.errors, t.errors),
      ]),
    );
    return { error: t.notSaved, fieldErrors, values };
  }
  const updated = await runCommand((actor) => updateProfile(actor, parsed.data), localizedUserMessage, raw);
  if (!updated.ok) return { error: updated.refusal.error, fieldErrors: updated.refusal.fieldErrors, values };
  const saved = updated.value;
  // The language also goes into the cookie, so the pages keep it after signing out.
  (await cookies()).set(LOCALE_COOKIE, saved.language, {
    path: "/",
    maxAge: 365 * 24 * 3600,
    sameSite: "lax",
    httpOnly: true,
  });
  revalidatePath("/ho-so-ca-nhan");
  // The stored (normalised) values, e.g. "0912 345 678" saved as "0912345678".
  return {
    ok: true,
    values: { ...saved, contactPhone: saved.contactPhone ?? "", contactEmail: saved.contactEmail ?? "" },
  };
}
