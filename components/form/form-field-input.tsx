"use client";
import type { UseFormRegister } from "react-hook-form";
import type { FormField } from "@/lib/forms/definition";
import type { FormInput } from "@/lib/forms/to-zod";
import { checkAnswer, FORM_MESSAGES, type FormMessages } from "@/lib/forms/rules";
import { storedAnswer } from "@/lib/forms/answer-display";

// A date is typed day first into a text field ("12/03/1994", the hint says so) rather than the
// browser's date picker, which shows the phone's own format (03/12/1994 on an English phone):
// the citizen reads dd/MM/yyyy everywhere (issue 25). It is stored and checked as ISO (answer-display.ts).
const INPUT_TYPE: Partial<Record<FormField["type"], string>> = {
  email: "email",
  phone: "tel",
  number: "text",
  personalId: "text",
};

type Props = {
  field: FormField;
  register: UseFormRegister<FormInput>;
  error?: string;
  /** The rule messages in the reader's language; Vietnamese by default. */
  messages?: FormMessages;
  chooseLabel?: string;
  /** A value the e-ID vouches for (lib/forms/verified-identity.ts): shown, sent, not editable; with why. */
  verifiedNote?: string;
};

/** One e-form field with its label, help and error, wired for screen readers; checked in the browser by the same rules as on the server. */
export function FormFieldInput({
  field,
  register,
  error,
  messages = FORM_MESSAGES,
  chooseLabel = "— Chọn —",
  verifiedNote,
}: Props) {
  const id = `f-${field.name}`;
  const describedBy =
    [
      verifiedNote && `${id}-verified`,
      field.type === "date" && `${id}-format`,
      field.help && `${id}-help`,
      error && `${id}-error`,
    ]
      .filter(Boolean)
      .join(" ") || undefined;
  const common = {
    id,
    // Said to screen readers as well as shown by the red asterisk; the form is noValidate, so the
    // browser never answers with its own bubble and every message is ours, beside the field.
    required: field.required || undefined,
    "aria-required": field.required || undefined,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    readOnly: verifiedNote ? true : undefined,
    className: `mt-1 w-full rounded border px-3 py-2${verifiedNote ? " bg-gray-100" : ""}`,
    ...register(field.name, { validate: (v) => checkAnswer(field, storedAnswer(field, v), messages) ?? true }),
  };
  // The label, help and options are the procedure's e-form as published (Vietnamese).
  return (
    <div>
      <label htmlFor={id} className="block font-medium" lang="vi">
        {field.label}
        {field.required && (
          <span className="text-red-700" aria-hidden>
            {" "}
            *
          </span>
        )}
      </label>
      {field.type === "textarea" ? (
        <textarea rows={3} {...common} />
      ) : field.type === "select" ? (
        <select {...common}>
          <option value="">{chooseLabel}</option>
          {field.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          type={INPUT_TYPE[field.type] ?? "text"}
          inputMode={field.type === "personalId" || field.type === "number" ? "numeric" : undefined}
          autoComplete={field.type === "date" ? "off" : undefined}
          {...common}
        />
      )}
      {verifiedNote && (
        <p id={`${id}-verified`} className="text-sm text-gray-600">
          {verifiedNote}
        </p>
      )}
      {field.type === "date" && (
        <p id={`${id}-format`} className="text-sm text-gray-600">
          {messages.dateHint}
        </p>
      )}
      {field.help && (
        <p id={`${id}-help`} className="text-sm text-gray-600" lang="vi">
          {field.help}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
