"use client";
import type { UseFormRegister } from "react-hook-form";
import type { FormField } from "@/lib/forms/definition";
import type { FormInput } from "@/lib/forms/to-zod";
import { checkAnswer } from "@/lib/forms/rules";

const INPUT_TYPE: Partial<Record<FormField["type"], string>> = { date: "date", email: "email", phone: "tel", number: "text", personalId: "text" };

/** One e-form field with its label, help and error, wired for screen readers; checked in the browser by the same rules as on the server. */
export function FormFieldInput({ field, register, error }: { field: FormField; register: UseFormRegister<FormInput>; error?: string }) {
  const id = `f-${field.name}`;
  const describedBy = [field.help && `${id}-help`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  const common = { id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy, className: "mt-1 w-full rounded border px-3 py-2", ...register(field.name, { validate: (v) => checkAnswer(field, v) ?? true }) };
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {field.label}{field.required && <span className="text-red-700" aria-hidden> *</span>}
      </label>
      {field.type === "textarea" ? (
        <textarea rows={3} {...common} />
      ) : field.type === "select" ? (
        <select {...common}>
          <option value="">— Chọn —</option>
          {field.options?.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      ) : (
        <input type={INPUT_TYPE[field.type] ?? "text"} inputMode={field.type === "personalId" || field.type === "number" ? "numeric" : undefined} {...common} />
      )}
      {field.help && <p id={`${id}-help`} className="text-sm text-gray-600">{field.help}</p>}
      {error && <p id={`${id}-error`} className="text-sm text-red-700">{error}</p>}
    </div>
  );
}
