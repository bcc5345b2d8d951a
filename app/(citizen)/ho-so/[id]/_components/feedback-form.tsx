"use client";
import { useActionState } from "react";
import { sendFeedbackAction, type FeedbackActionState } from "@/lib/feedback/actions";
import type { Dictionary } from "@/lib/i18n";

/** The applicant's phản ánh, kiến nghị about this dossier, answered by its agency. */
export function FeedbackForm({ dossierId, t }: { dossierId: string; t: Dictionary["dossierForms"]["feedback"] }) {
  const [state, action, pending] = useActionState<FeedbackActionState, FormData>(sendFeedbackAction, {});
  return (
    // Open with its answer: a form sent before the script of the page ran comes back as a new page.
    <details className="rounded border p-3" open={state.error || state.ok ? true : undefined}>
      <summary className="cursor-pointer font-semibold">{t.summary}</summary>
      <form action={action} className="mt-3 space-y-2">
        <input type="hidden" name="dossierId" value={dossierId} />
        <div>
          <label htmlFor="feedback-subject" className="block text-sm font-medium">
            {t.subject}
          </label>
          <input
            id="feedback-subject"
            name="subject"
            required
            maxLength={200}
            className="w-full rounded border px-2 py-1"
          />
        </div>
        <div>
          <label htmlFor="feedback-content" className="block text-sm font-medium">
            {t.content}
          </label>
          <textarea
            id="feedback-content"
            name="content"
            required
            rows={4}
            maxLength={4000}
            className="w-full rounded border px-2 py-1"
          />
        </div>
        {state.error && (
          <p role="alert" className="text-sm text-red-700">
            {state.error}
          </p>
        )}
        {state.ok && (
          <p role="status" className="text-sm text-green-800">
            {t.sent}
          </p>
        )}
        <button
          disabled={pending}
          className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60"
        >
          {t.send}
        </button>
      </form>
    </details>
  );
}
