import type { ReactNode } from "react";

type Props = {
  id: string;
  label: string;
  required?: boolean;
  error?: string;
  help?: string;
  children: (describedBy: string | undefined) => ReactNode;
};

/** A label, the control, its help and its error, tied together for screen readers. */
export function LabelledField({ id, label, required, error, help, children }: Props) {
  const describedBy = [help && `${id}-help`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
        {required && (
          <span className="text-red-700" aria-hidden>
            {" "}
            *
          </span>
        )}
      </label>
      {children(describedBy)}
      {help && (
        <p id={`${id}-help`} className="text-sm text-gray-600">
          {help}
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
