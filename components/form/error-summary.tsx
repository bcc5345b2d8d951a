"use client";
import { useEffect, useRef, type MouseEvent } from "react";

/** One problem: its message, and the id of the field it is about (the link moves focus there). */
export type SummaryError = { id: string; message: string };

type Props = {
  /** "Có lỗi cần sửa" in the reader's language. */
  title: string;
  errors: readonly SummaryError[];
  /** A problem with no field of its own (the server refused the whole step), shown above the list. */
  description?: string | null;
  /**
   * Changes on every refused attempt (a submit count): the summary then takes focus, so a screen
   * reader reads it and a keyboard user starts from it. Undefined: focus it once, when first shown.
   */
  attempt?: number;
};

/**
 * The GOV.UK error summary (design-system.service.gov.uk/components/error-summary): at the top of
 * a form step, after a refused attempt, one link per problem in the order of the fields; each link
 * moves focus to its field, whose label and inline message say the same. Used by every step of the
 * filing wizard, so the citizen meets one way of being told what to fix.
 */
export function ErrorSummary({ title, errors, description, attempt }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = errors.length > 0 || Boolean(description);
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, attempt]);
  if (!shown) return null;

  // The field, not just the page, is the target: a fragment link scrolls but leaves focus behind
  // in some browsers; without the script the plain link still jumps to the field.
  function focusField(e: MouseEvent<HTMLAnchorElement>, id: string) {
    const field = document.getElementById(id);
    if (!field) return;
    e.preventDefault();
    field.scrollIntoView({ block: "center" });
    field.focus();
  }

  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      className="rounded border-4 border-red-700 bg-white p-4 focus:outline-none focus:ring-4 focus:ring-yellow-400"
      data-testid="error-summary"
    >
      <h2 id="error-summary-title" className="text-lg font-semibold">
        {title}
      </h2>
      {description && <p className="mt-2">{description}</p>}
      {errors.length > 0 && (
        <ul className="mt-2 list-none space-y-1">
          {errors.map((e) => (
            <li key={`${e.id}:${e.message}`}>
              <a href={`#${e.id}`} onClick={(ev) => focusField(ev, e.id)} className="font-semibold text-red-700">
                {e.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
