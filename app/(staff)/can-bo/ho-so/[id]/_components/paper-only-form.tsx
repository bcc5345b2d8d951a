"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/dossiers/actions";
import { paperOnlyResultAction } from "@/lib/processing/actions";

/**
 * The applicant asked for the result electronically; when this result exists on paper only, the
 * specialist or leader says so, and why, instead of attaching the PDF (the approval needs one or
 * the other, lib/dossiers/guards.ts).
 */
export function PaperOnlyForm({ dossierId, version }: { dossierId: string; version: number }) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(paperOnlyResultAction, {});
  return (
    <form action={formAction} className="rounded bg-white p-4 shadow-sm space-y-2" aria-labelledby="chi-ban-giay">
      <h2 id="chi-ban-giay" className="text-lg font-semibold">
        Kết quả chỉ cấp bản giấy
      </h2>
      <p className="text-sm">
        Người nộp đăng ký nhận kết quả bản điện tử. Nếu kết quả này chỉ cấp bản giấy, ghi rõ lý do; người nộp sẽ được
        báo nhận bản giấy tại Bộ phận Một cửa.
      </p>
      <input type="hidden" name="dossierId" value={dossierId} />
      <input type="hidden" name="version" value={version} />
      <label className="block text-sm font-medium">
        Lý do chỉ cấp bản giấy
        <textarea name="reason" rows={2} maxLength={500} className="mt-1 w-full rounded border px-2 py-1" />
      </label>
      {state.error && (
        <p role="alert" className="text-sm text-red-700">
          {state.error}
        </p>
      )}
      <button
        disabled={pending}
        className="rounded bg-brand-700 px-4 py-2 text-white font-semibold disabled:opacity-60"
      >
        Ghi nhận chỉ cấp bản giấy
      </button>
    </form>
  );
}
