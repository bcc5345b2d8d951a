"use client";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { FormDefinition } from "@/lib/forms/definition";
import type { FormAnswers, FormInput } from "@/lib/forms/to-zod";
import { storedAnswers, typedAnswers } from "@/lib/forms/answer-display";
import { saveWalkInFormAction } from "@/lib/intake/actions";
import { FormFieldInput } from "@/components/form/form-field-input";

type Props = { dossierId: string; definition: FormDefinition; defaults: FormAnswers; saved: boolean };

/**
 * The whole e-form at once, typed from the paper declaration. The same definition and rules as
 * the citizen's wizard: checked in the browser field by field, then by the procedure's zod
 * schema on the server, whose messages come back next to the same fields.
 */
export function WalkInForm({ dossierId, definition, defaults, saved }: Props) {
  // Dates are typed day first, as on the paper declaration, and stored as ISO (lib/forms/answer-display.ts).
  const fields = definition.sections.flatMap((s) => s.fields);
  const form = useForm<FormInput>({ defaultValues: typedAnswers(fields, defaults), mode: "onBlur" });
  const [message, setMessage] = useState<{ error?: string; ok?: boolean }>(saved ? { ok: true } : {});
  const [pending, startTransition] = useTransition();

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await saveWalkInFormAction(dossierId, storedAnswers(fields, values));
      for (const [name, text] of Object.entries(result.fieldErrors ?? {})) form.setError(name, { message: text });
      if (result.ok) form.reset(values);
      setMessage(result);
    }),
  );

  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="to-khai" className="space-y-4 rounded bg-white p-4 shadow-sm">
      <h2 id="to-khai" className="text-lg font-semibold">
        Tờ khai
      </h2>
      {definition.sections.map((section) => (
        <fieldset key={section.title} className="space-y-4">
          <legend className="font-semibold">{section.title}</legend>
          {section.fields.map((f) => (
            <FormFieldInput
              key={f.name}
              field={f}
              register={form.register}
              error={form.formState.errors[f.name]?.message}
            />
          ))}
        </fieldset>
      ))}
      {message.error && (
        <p role="alert" className="text-red-700">
          {message.error}
        </p>
      )}
      {message.ok && !form.formState.isDirty && (
        <p role="status" className="text-sm text-green-800">
          Đã lưu tờ khai.
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 rounded bg-brand-700 px-5 py-2 font-semibold text-white disabled:opacity-60"
      >
        {pending ? "Đang lưu…" : "Lưu tờ khai"}
      </button>
    </form>
  );
}
