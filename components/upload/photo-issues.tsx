"use client";
import type { ReactNode } from "react";
import type { PhotoIssue } from "@/lib/images/quality";
import type { Dictionary } from "@/lib/i18n";
import { fill } from "@/lib/i18n/locales";

type Props = {
  issues: PhotoIssue[];
  kept: boolean;
  onKeep: () => void;
  /** Which photo, for screen readers when several warnings are on screen (e.g. "trang 2"). */
  which?: string;
  disabled?: boolean;
  children?: ReactNode;
  t: Dictionary["wizard"]["photos"];
};

/**
 * The warning next to a photo that looks too dark or too small to read, and the citizen's
 * choice to keep it anyway: a warning, never a refusal, since only the officer can tell.
 */
export function PhotoIssueNotice({ issues, kept, onKeep, which, disabled, children, t }: Props) {
  if (issues.length === 0) return null;
  if (kept) return <p className="text-sm text-gray-700">{t.kept}</p>;
  return (
    <div className="rounded border border-amber-600 bg-amber-50 p-2 text-sm text-amber-950">
      {issues.map((issue) => (
        <p key={issue}>
          <span aria-hidden>⚠ </span>
          {t[issue]}
        </p>
      ))}
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          type="button"
          disabled={disabled}
          onClick={onKeep}
          aria-label={which ? fill(t.keepWhich, { which }) : undefined}
          className="min-h-11 rounded border border-amber-700 bg-white px-3 py-1 disabled:opacity-60"
        >
          {t.keep}
        </button>
        {children}
      </div>
    </div>
  );
}
