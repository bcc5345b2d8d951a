"use client";
import { useActionState } from "react";
import { CITIZEN_INDICATORS, SCORES } from "@/lib/ratings/indicators";
import { rateDossierAction, type RatingActionState } from "@/lib/ratings/actions";
import type { Dictionary } from "@/lib/i18n";
import { plural } from "@/lib/i18n/locales";

/**
 * Evaluation of a finished dossier: one radio group per indicator TT 01/2018 Art. 13 asks of the
 * citizen (1, 2, 3, 4, 7, with their official numbers); 5, 6, 8 and 9 come from system data.
 */
export function RatingForm({ dossierId, t }: { dossierId: string; t: Dictionary["dossierForms"]["rating"] }) {
  const [state, action, pending] = useActionState<RatingActionState, FormData>(rateDossierAction, {});
  return (
    <section aria-labelledby="danh-gia" className="rounded bg-white p-4 shadow-sm">
      <h2 id="danh-gia" className="text-lg font-semibold">
        {t.title}
      </h2>
      <p className="text-sm text-gray-700 mb-3">{t.intro}</p>
      <form action={action} className="space-y-4">
        <input type="hidden" name="dossierId" value={dossierId} />
        {CITIZEN_INDICATORS.map((indicator) => (
          <fieldset key={indicator.code} className="rounded border p-3">
            <legend className="px-1 font-medium">
              {indicator.number}. {t.indicators[indicator.code].question}
            </legend>
            <div className="mt-1 flex flex-col gap-1 sm:flex-row sm:flex-wrap sm:gap-x-6">
              {SCORES.map((score) => (
                <label key={score} className="flex min-h-11 items-center gap-2 cursor-pointer">
                  <input
                    type="radio"
                    name={indicator.code}
                    value={score}
                    required
                    className="size-5 accent-brand-700"
                  />
                  <span>
                    <span>{t.indicators[indicator.code].labels[score]}</span>{" "}
                    <span className="text-sm text-gray-600">({plural(t.points, score)})</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <div>
          <label htmlFor="rating-comment" className="block text-sm font-medium">
            {t.comment}
          </label>
          <textarea
            id="rating-comment"
            name="comment"
            rows={3}
            maxLength={1000}
            className="w-full rounded border px-2 py-1"
          />
        </div>
        {state.error && (
          <p role="alert" className="text-sm text-red-700">
            {state.error}
          </p>
        )}
        <button
          disabled={pending}
          className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60"
        >
          {t.send}
        </button>
      </form>
    </section>
  );
}
