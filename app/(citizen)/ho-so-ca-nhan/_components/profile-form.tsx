"use client";
import { useActionState } from "react";
import { updateProfileAction, type ProfileActionState } from "@/lib/profile/actions";
import { LANGUAGES } from "@/lib/i18n/locales";
import type { Dictionary } from "@/lib/i18n";
import type { FieldErrors } from "@/lib/forms/field-errors";
import type { Profile } from "@/lib/profile/queries";

type Props = {
  initial: Profile["preferences"];
  identityPhone: string | null;
  identityEmail: string | null;
  t: Dictionary["profile"]["form"];
};

/** Contact details and notification preferences. A plain form posting to a server action: works without JavaScript. */
export function ProfileForm({ initial, identityPhone, identityEmail, t }: Props) {
  const [state, action, pending] = useActionState<ProfileActionState, FormData>(updateProfileAction, {});
  const v = state.values ?? {
    ...initial,
    contactPhone: initial.contactPhone ?? "",
    contactEmail: initial.contactEmail ?? "",
  };
  const errors: FieldErrors = state.fieldErrors ?? {};
  return (
    <section aria-labelledby="lien-he" className="rounded bg-white p-4 shadow-sm">
      <h2 id="lien-he" className="text-lg font-semibold">
        {t.title}
      </h2>
      <p className="mb-4 text-sm text-gray-700">{t.intro}</p>
      <form action={action} noValidate className="space-y-5">
        {state.error && (
          <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
            {state.error}
          </p>
        )}
        {state.ok && (
          <p role="status" className="rounded border border-green-300 bg-green-50 p-3">
            {t.saved}
          </p>
        )}
        <TextField
          name="contactPhone"
          label={t.phoneLabel}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          defaultValue={v.contactPhone}
          error={errors.contactPhone}
          help={`${t.phoneHelp}${identityPhone ? ` (${identityPhone})` : ""}.`}
        />
        <TextField
          name="contactEmail"
          label={t.emailLabel}
          type="email"
          autoComplete="email"
          defaultValue={v.contactEmail}
          error={errors.contactEmail}
          help={`${t.emailHelp}${identityEmail ? ` (${identityEmail})` : ""}.`}
        />
        <fieldset className="space-y-1">
          <legend className="font-medium">{t.notifyLegend}</legend>
          <CheckboxField
            name="notifyByEmail"
            label={t.byEmail}
            defaultChecked={v.notifyByEmail}
            error={errors.notifyByEmail}
          />
          <CheckboxField name="notifyBySms" label={t.bySms} defaultChecked={v.notifyBySms} error={errors.notifyBySms} />
        </fieldset>
        <fieldset className="space-y-1" aria-describedby={errors.language ? "profile-language-error" : undefined}>
          <legend className="font-medium">{t.language}</legend>
          {LANGUAGES.map((l) => (
            <label key={l.value} className="flex min-h-11 items-center gap-3 cursor-pointer">
              <input
                type="radio"
                name="language"
                value={l.value}
                defaultChecked={v.language === l.value}
                className="size-5 accent-brand-700"
              />
              <span lang={l.lang}>{l.label}</span>
            </label>
          ))}
          {errors.language && (
            <p id="profile-language-error" className="text-sm text-red-700">
              {errors.language}
            </p>
          )}
        </fieldset>
        <button
          disabled={pending}
          className="min-h-11 rounded bg-brand-700 px-5 py-2 font-semibold text-white disabled:opacity-60"
        >
          {t.save}
        </button>
      </form>
    </section>
  );
}

type TextFieldProps = {
  name: string;
  label: string;
  type: string;
  help: string;
  defaultValue: string;
  error?: string;
  inputMode?: "tel";
  autoComplete?: string;
};

function TextField({ name, label, type, help, defaultValue, error, inputMode, autoComplete }: TextFieldProps) {
  const id = `profile-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        maxLength={254}
        aria-invalid={error ? true : undefined}
        aria-describedby={[`${id}-help`, error && `${id}-error`].filter(Boolean).join(" ")}
        className="mt-1 min-h-11 w-full rounded border px-3 py-2"
      />
      <p id={`${id}-help`} className="text-sm text-gray-600">
        {help}
      </p>
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

function CheckboxField({
  name,
  label,
  defaultChecked,
  error,
}: {
  name: string;
  label: string;
  defaultChecked: boolean;
  error?: string;
}) {
  const id = `profile-${name}`;
  return (
    <div>
      <label htmlFor={id} className="flex min-h-11 items-center gap-3 cursor-pointer">
        <input
          id={id}
          name={name}
          type="checkbox"
          defaultChecked={defaultChecked}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="size-5 accent-brand-700"
        />
        {label}
      </label>
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
