import type { ReactNode } from "react";
import { vi, type Dictionary } from "@/lib/i18n/vi";
import { fill } from "@/lib/i18n/locales";
import type { DossierFeedback } from "@/lib/feedback/queries";
import { formatDateTime } from "@/components/ui/format";

type Props = {
  feedback: DossierFeedback[];
  /** The reply form staff see under an open feedback. */
  replyFormFor?: (feedbackId: string) => ReactNode;
  /** Shown below the list, e.g. the citizen's form to send feedback. */
  children?: ReactNode;
  /** The reader's language; Vietnamese by default (staff). */
  t?: Dictionary["dossier"];
};

/** Phản ánh, kiến nghị about a dossier with the agency's replies. */
export function FeedbackList({ feedback, replyFormFor, children, t = vi.dossier }: Props) {
  return (
    <section aria-labelledby="phan-anh" className="rounded bg-white p-4 shadow-sm space-y-3">
      <h2 id="phan-anh" className="text-lg font-semibold">
        {t.feedbackTitle}
      </h2>
      {feedback.length === 0 ? (
        <p className="text-sm text-gray-700">{t.noFeedback}</p>
      ) : (
        <ul className="space-y-3" data-testid="feedback-list">
          {feedback.map((f) => (
            <li key={f.id} className="rounded border p-3 space-y-2">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="font-semibold">{f.subject}</h3>
                <span
                  className={`rounded px-2 py-0.5 text-sm font-semibold ${f.state === "OPEN" ? "bg-amber-100 text-amber-900" : "bg-green-100 text-green-900"}`}
                >
                  {f.state === "OPEN" ? t.feedbackOpen : t.feedbackAnswered}
                </span>
              </div>
              <p className="text-sm text-gray-700">
                {t.feedbackSentAt} <time dateTime={f.createdAt.toISOString()}>{formatDateTime(f.createdAt)}</time>
              </p>
              <p className="whitespace-pre-line">{f.content}</p>
              {f.reply ? (
                <div className="border-l-4 border-brand-600 pl-3">
                  <p className="text-sm font-semibold">
                    {t.feedbackReply}
                    {f.repliedBy && <> {fill(t.feedbackReplyBy, { name: f.repliedBy.fullName })}</>} {t.feedbackReplyAt}{" "}
                    <time dateTime={f.repliedAt?.toISOString()}>{formatDateTime(f.repliedAt)}</time>
                  </p>
                  <p className="whitespace-pre-line">{f.reply}</p>
                </div>
              ) : (
                replyFormFor?.(f.id)
              )}
            </li>
          ))}
        </ul>
      )}
      {children}
    </section>
  );
}
