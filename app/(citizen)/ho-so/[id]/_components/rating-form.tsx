"use client";
import { useActionState } from "react";
import { INDICATORS, SCORES } from "@/lib/ratings/indicators";
import { rateDossierAction, type RatingActionState } from "@/lib/ratings/actions";

/** Evaluation of a finished dossier: one radio group per indicator of TT 01/2018 Art. 13. */
export function RatingForm({ dossierId }: { dossierId: string }) {
  const [state, action, pending] = useActionState<RatingActionState, FormData>(rateDossierAction, {});
  return (
    <section aria-labelledby="danh-gia" className="rounded bg-white p-4 shadow-sm">
      <h2 id="danh-gia" className="text-lg font-semibold">Đánh giá mức độ hài lòng</h2>
      <p className="text-sm text-gray-700 mb-3">Hồ sơ đã có kết quả. Mời bạn đánh giá việc giải quyết theo 9 chỉ số dưới đây; mỗi hồ sơ được đánh giá một lần.</p>
      <form action={action} className="space-y-4">
        <input type="hidden" name="dossierId" value={dossierId} />
        {INDICATORS.map((indicator, n) => (
          <fieldset key={indicator.code} className="rounded border p-3">
            <legend className="px-1 font-medium">{n + 1}. {indicator.question}</legend>
            <div className="mt-1 flex flex-col gap-1 sm:flex-row sm:flex-wrap sm:gap-x-6">
              {SCORES.map((score) => (
                <label key={score} className="flex min-h-11 items-center gap-2 cursor-pointer">
                  <input type="radio" name={indicator.code} value={score} required className="size-5 accent-brand-700" />
                  <span>{indicator.labels[score]} <span className="text-sm text-gray-600">({score} điểm)</span></span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <div>
          <label htmlFor="rating-comment" className="block text-sm font-medium">Ý kiến khác (không bắt buộc)</label>
          <textarea id="rating-comment" name="comment" rows={3} maxLength={1000} className="w-full rounded border px-2 py-1" />
        </div>
        {state.error && <p role="alert" className="text-sm text-red-700">{state.error}</p>}
        <button disabled={pending} className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60">Gửi đánh giá</button>
      </form>
    </section>
  );
}
