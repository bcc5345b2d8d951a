"use client";
// One form posting to an admin server action, with its message at the top and each field's
// message next to the field. The fields are plain inputs: the form works without JavaScript.
import { usePathname } from "next/navigation";
import { createContext, useActionState, useContext, useId, type ReactNode } from "react";
import { initialAdminFormState, type AdminFormState } from "@/lib/forms/admin-form-state";

type Action = (prev: AdminFormState, formData: FormData) => Promise<AdminFormState>;
type FormContext = { state: AdminFormState; prefix: string };
const Ctx = createContext<FormContext>({ state: initialAdminFormState, prefix: "f" });

type Props = {
  action: Action;
  submitLabel: string;
  children: ReactNode;
  className?: string;
  danger?: boolean;
  label?: string;
};

export function AdminForm({ action, submitLabel, children, className, danger, label }: Props) {
  const [state, formAction, pending] = useActionState(action, initialAdminFormState);
  const prefix = useId().replace(/:/g, "");
  const pathname = usePathname();
  return (
    <Ctx.Provider value={{ state, prefix }}>
      <form action={formAction} noValidate aria-label={label} className={className ?? "space-y-3"}>
        {state.error && (
          <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800">
            {state.error}
            {state.reauth && (
              <>
                {" "}
                {/* Signs in again (prompt=login) and comes back to this page; what was typed is sent again by hand. */}
                <a
                  href={`/dang-nhap?callbackUrl=${encodeURIComponent(pathname)}&xac-thuc-lai=1`}
                  className="font-semibold underline"
                >
                  Xác thực lại danh tính
                </a>
              </>
            )}
          </p>
        )}
        {state.ok && (
          <p role="status" className="rounded border border-green-300 bg-green-50 p-2 text-sm">
            {state.ok}
          </p>
        )}
        {/* A new key after each answer: fields remount with what was sent as their defaults. */}
        <div key={state.seq} className="contents">
          {children}
        </div>
        <button
          disabled={pending}
          className={`min-h-11 rounded px-4 py-2 font-semibold disabled:opacity-60 ${danger ? "border border-red-700 bg-white text-red-800" : "bg-brand-700 text-white"}`}
        >
          {submitLabel}
        </button>
      </form>
    </Ctx.Provider>
  );
}

function useField(name: string, initial: string | undefined) {
  const { state, prefix } = useContext(Ctx);
  const id = `${prefix}-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
  const error = state.fieldErrors?.[name];
  const value = state.values && name in state.values ? state.values[name] : initial;
  return { id, error, value, describedBy: error ? `${id}-error` : undefined };
}

/** The message of a field or of a group of fields (e.g. "steps"), for one shown elsewhere. */
export function FieldMessage({ name }: { name: string }) {
  const { id, error } = useField(name, undefined);
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="whitespace-pre-line text-sm text-red-700">
      {error}
    </p>
  );
}

type InputProps = {
  name: string;
  label: string;
  defaultValue?: string | number | null;
  type?: string;
  help?: string;
  className?: string;
  inputMode?: "numeric";
  maxLength?: number;
};

export function TextInput({
  name,
  label,
  defaultValue,
  type = "text",
  help,
  className,
  inputMode,
  maxLength,
}: InputProps) {
  const f = useField(name, defaultValue == null ? "" : String(defaultValue));
  const describedBy = [help && `${f.id}-help`, f.describedBy].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={f.id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={f.id}
        name={name}
        type={type}
        inputMode={inputMode}
        maxLength={maxLength}
        defaultValue={f.value}
        aria-invalid={f.error ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 min-h-11 w-full rounded border px-3 py-2"
      />
      {help && (
        <p id={`${f.id}-help`} className="text-xs text-gray-700">
          {help}
        </p>
      )}
      {f.error && (
        <p id={`${f.id}-error`} className="text-sm text-red-700">
          {f.error}
        </p>
      )}
    </div>
  );
}

export function TextArea({ name, label, defaultValue, help, rows = 4, className }: InputProps & { rows?: number }) {
  const f = useField(name, defaultValue == null ? "" : String(defaultValue));
  const describedBy = [help && `${f.id}-help`, f.describedBy].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={f.id} className="block text-sm font-medium">
        {label}
      </label>
      <textarea
        id={f.id}
        name={name}
        rows={rows}
        defaultValue={f.value}
        aria-invalid={f.error ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 w-full rounded border px-3 py-2 font-mono text-sm"
        spellCheck={false}
      />
      {help && (
        <p id={`${f.id}-help`} className="text-xs text-gray-700">
          {help}
        </p>
      )}
      {f.error && (
        <p id={`${f.id}-error`} className="whitespace-pre-line text-sm text-red-700">
          {f.error}
        </p>
      )}
    </div>
  );
}

export function Select({
  name,
  label,
  defaultValue,
  options,
  className,
}: InputProps & { options: readonly { value: string; label: string }[] }) {
  const f = useField(name, defaultValue == null ? "" : String(defaultValue));
  return (
    <div className={className}>
      <label htmlFor={f.id} className="block text-sm font-medium">
        {label}
      </label>
      <select
        id={f.id}
        name={name}
        defaultValue={f.value}
        aria-invalid={f.error ? true : undefined}
        aria-describedby={f.describedBy}
        className="mt-1 min-h-11 w-full rounded border bg-white px-3 py-2"
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {f.error && (
        <p id={`${f.id}-error`} className="text-sm text-red-700">
          {f.error}
        </p>
      )}
    </div>
  );
}

/** A checkbox: after a refusal it shows what was sent (a box not ticked is not sent at all). */
export function Checkbox({ name, label, defaultChecked }: { name: string; label: string; defaultChecked: boolean }) {
  const { state } = useContext(Ctx);
  const f = useField(name, undefined);
  const checked = state.values ? state.values[name] === "on" : defaultChecked;
  return (
    <label htmlFor={f.id} className="flex min-h-11 cursor-pointer items-center gap-3 text-sm">
      <input id={f.id} type="checkbox" name={name} defaultChecked={checked} className="size-5 accent-brand-700" />
      <span>{label}</span>
    </label>
  );
}

export function Hidden({ name, value }: { name: string; value: string | number }) {
  return <input type="hidden" name={name} value={value} />;
}
