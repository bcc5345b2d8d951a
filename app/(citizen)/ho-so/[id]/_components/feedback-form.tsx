"use client";
import { useActionState } from "react";
import { sendFeedbackAction, type FeedbackActionState } from "@/lib/feedback/actions";

/** The applicant's phản ánh, kiến nghị about this dossier, answered by its agency. */
export function FeedbackForm({ dossierId }: { dossierId: string }) {
  const [state, action, pending] = useActionState<FeedbackActionState, FormData>(sendFeedbackAction, {});
  return (
    <details className="rounded border p-3">
      <summary className="cursor-pointer font-semibold">Gửi phản ánh, kiến nghị</summary>
      <form action={action} className="mt-3 space-y-2">
        <input type="hidden" name="dossierId" value={dossierId} />
        <div>
          <label htmlFor="feedback-subject" className="block text-sm font-medium">Tiêu đề</label>
          <input id="feedback-subject" name="subject" required maxLength={200} className="w-full rounded border px-2 py-1" />
        </div>
        <div>
          <label htmlFor="feedback-content" className="block text-sm font-medium">Nội dung</label>
          <textarea id="feedback-content" name="content" required rows={4} maxLength={4000} className="w-full rounded border px-2 py-1" />
        </div>
        {state.error && <p role="alert" className="text-sm text-red-700">{state.error}</p>}
        {state.ok && <p role="status" className="text-sm text-green-800">Đã gửi phản ánh, kiến nghị. Cơ quan giải quyết sẽ trả lời bạn.</p>}
        <button disabled={pending} className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60">Gửi phản ánh, kiến nghị</button>
      </form>
    </details>
  );
}
