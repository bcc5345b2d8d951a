"use client";
import { useState, useTransition } from "react";
import { markPaperAction, unmarkPaperAction } from "@/lib/attachments/paper-actions";
import type { Dictionary } from "@/lib/i18n";
import { fill } from "@/lib/i18n/locales";

type Props = {
  dossierId: string;
  componentId: string;
  componentName: string;
  initial: string | null;
  t: Dictionary["wizard"]["paper"];
};

/** For bulky papers (drawings A3+): hand them in on paper, with a summary, instead of a scan. */
export function PaperChoice({ dossierId, componentId, componentName, initial, t }: Props) {
  const [summary, setSummary] = useState(initial);
  const [draft, setDraft] = useState(initial ?? "");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<{ error?: string; summary?: string | null }>) =>
    startTransition(async () => {
      const result = await action();
      setError(result.error ?? null);
      if (!result.error) setSummary(result.summary ?? null);
    });

  if (summary) {
    return (
      <div className="mt-2 rounded bg-amber-50 p-2 text-sm" role="status">
        <p>{fill(t.willHandIn, { summary })}</p>
        <button
          type="button"
          disabled={pending}
          className="min-h-11 underline"
          onClick={() => run(() => unmarkPaperAction(dossierId, componentId))}
        >
          {t.cancel}
        </button>
      </div>
    );
  }
  return (
    <details className="mt-2 text-sm">
      <summary className="min-h-11 cursor-pointer py-2">{t.open}</summary>
      <label htmlFor={`paper-${componentId}`} className="block">
        {fill(t.summaryLabel, { name: componentName })}
      </label>
      <textarea
        id={`paper-${componentId}`}
        rows={2}
        maxLength={1000}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        className="w-full rounded border px-2 py-1"
      />
      {error && (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      )}
      <button
        type="button"
        disabled={pending}
        className="mt-1 min-h-11 rounded border px-3 py-1"
        onClick={() => run(() => markPaperAction(dossierId, componentId, draft))}
      >
        {t.confirm}
      </button>
    </details>
  );
}
