"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { FormDefinition } from "@/lib/forms/definition";
import { checkAnswer, type FormMessages } from "@/lib/forms/rules";
import type { FormAnswers, FormInput } from "@/lib/forms/to-zod";
import { storedAnswers, typedAnswers } from "@/lib/forms/answer-display";
import { saveDraftSectionAction } from "@/lib/dossiers/actions";
import { ErrorSummary } from "@/components/form/error-summary";
import { FormFieldInput } from "@/components/form/form-field-input";
import { useHydrated } from "@/components/ui/use-hydrated";
import { fill } from "@/lib/i18n/locales";

type Strings = {
  back: string;
  save: string;
  saving: string;
  choose: string;
  verified: string;
  errorSummary: string;
  fieldProblem: string;
};
type Props = {
  dossierId: string;
  definition: FormDefinition;
  sectionIndex: number;
  defaults: FormAnswers;
  /** The fields e-ID vouches for, shown read-only (the server keeps their verified value). */
  verified: string[];
  step: number;
  back: string | null;
  /** The rule messages in the citizen's language (lib/forms/rules.ts). */
  messages: FormMessages;
  t: Strings;
};

/**
 * One section of the e-form; "Lưu và tiếp tục" saves the draft on the server, then moves on.
 * react-hook-form is used in its lightest way (uncontrolled `register` with a `validate` per
 * field, no watch, Controller or resolver), and links are plain anchors rather than next/link:
 * this step must stay within the 150 kB JavaScript budget of citizen pages (docs/performance.md, "Goals").
 */
export function SectionStep({
  dossierId,
  definition,
  sectionIndex,
  defaults,
  verified,
  step,
  back,
  messages,
  t,
}: Props) {
  const section = definition.sections[sectionIndex];
  // Each field checks itself in the browser (lib/forms/rules.ts); the server runs the zod schema
  // built from the same rules and its messages come back next to the same fields.
  // Dates are shown and typed day first; they are stored as ISO (lib/forms/answer-display.ts).
  // A refused attempt focuses the error summary, not the first field (GOV.UK's pattern): the
  // summary's links then lead to each field.
  const form = useForm<FormInput>({
    defaultValues: typedAnswers(section.fields, defaults),
    mode: "onBlur",
    shouldFocusError: false,
  });
  const [error, setError] = useState<string | null>(null);
  // Bumped on every refused attempt, by the browser's checks or the server's: the summary takes focus.
  const [attempt, setAttempt] = useState(0);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  // Until the script has taken over, a click would send the form natively (a GET with the
  // answers in the address): the button waits, disabled, for the few moments that takes.
  const ready = useHydrated();

  const onSubmit = form.handleSubmit(
    (typed) =>
      startTransition(async () => {
        setError(null);
        const values = storedAnswers(section.fields, typed);
        const result = await saveDraftSectionAction(dossierId, sectionIndex, values);
        const fieldErrors = Object.entries(result.fieldErrors ?? {});
        for (const [name, message] of fieldErrors) {
          // The server words its messages in Vietnamese; the same rule gives them in the citizen's language.
          const field = section.fields.find((f) => f.name === name);
          form.setError(name, { message: (field && checkAnswer(field, values[name], messages)) || message });
        }
        if (result.error) {
          // A refusal at a field is in the summary's list already; only one with no field stands alone.
          if (!fieldErrors.length) setError(result.error);
          return setAttempt((n) => n + 1);
        }
        router.push(`/ho-so/${dossierId}?buoc=${step + 1}`);
      }),
    () => setAttempt((n) => n + 1),
  );
  // In the order of the fields, as GOV.UK's summary lists them; shown once an attempt was refused.
  const errors = form.formState.errors;
  const summary =
    attempt > 0
      ? section.fields.flatMap((f) => {
          const message = errors[f.name]?.message;
          // The label too: the rule's message alone ("Vui lòng nhập thông tin này.") says not which field.
          return message
            ? [{ id: `f-${f.name}`, message: fill(t.fieldProblem, { label: f.label, problem: message }) }]
            : [];
        })
      : [];

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      <ErrorSummary title={t.errorSummary} errors={summary} description={error} attempt={attempt} />
      <fieldset className="rounded bg-white p-4 shadow-sm space-y-4">
        <legend className="text-lg font-semibold">{section.title}</legend>
        {section.fields.map((f) => (
          <FormFieldInput
            key={f.name}
            field={f}
            register={form.register}
            error={form.formState.errors[f.name]?.message}
            messages={messages}
            chooseLabel={t.choose}
            verifiedNote={verified.includes(f.name) ? t.verified : undefined}
          />
        ))}
      </fieldset>
      <div className="flex gap-3">
        {back && (
          <a href={back} className="min-h-11 rounded border px-4 py-2 no-underline">
            {t.back}
          </a>
        )}
        <button
          type="submit"
          disabled={pending || !ready}
          className="min-h-11 rounded bg-brand-700 px-5 py-2 font-semibold text-white disabled:opacity-60"
        >
          {pending ? t.saving : t.save}
        </button>
      </div>
    </form>
  );
}
