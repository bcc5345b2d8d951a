"use client";
import { useActionState } from "react";
import { replyToFeedbackAction, type FeedbackActionState } from "@/lib/feedback/actions";

/** Staff of the dossier's agency answer an open phản ánh, kiến nghị. */
export function FeedbackReplyForm({ feedbackId }: { feedbackId: string }) {
  const [state, action, pending] = useActionState<FeedbackActionState, FormData>(replyToFeedbackAction, {});
  const id = `reply-${feedbackId}`;
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="feedbackId" value={feedbackId} />
      <label htmlFor={id} className="block text-sm font-medium">
        Nội dung trả lời
      </label>
      <textarea id={id} name="reply" required rows={3} maxLength={4000} className="w-full rounded border px-2 py-1" />
      {state.error && (
        <p role="alert" className="text-sm text-red-700">
          {state.error}
        </p>
      )}
      <button
        disabled={pending}
        className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60"
      >
        Gửi trả lời
      </button>
    </form>
  );
}
