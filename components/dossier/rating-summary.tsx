import { INDICATORS, MAX_TOTAL } from "@/lib/ratings/indicators";
import { vi, type Dictionary } from "@/lib/i18n/vi";
import { plural } from "@/lib/i18n/locales";
import type { DossierRatingView } from "@/lib/ratings/queries";
import { formatDateTime } from "@/components/ui/format";

/** The evaluation of the dossier on the nine indicators of TT 01/2018 Art. 13–14: the citizen's five and the system's four. */
export function RatingSummary({ rating, t = vi.dossier }: { rating: DossierRatingView; t?: Dictionary["dossier"] }) {
  return (
    <section aria-labelledby="danh-gia" className="rounded bg-white p-4 shadow-sm space-y-3">
      <h2 id="danh-gia" className="text-lg font-semibold">
        {t.ratingTitle}
      </h2>
      <p className="text-sm text-gray-700">
        {t.ratedAt} <time dateTime={rating.createdAt.toISOString()}>{formatDateTime(rating.createdAt)}</time> ·{" "}
        {t.ratingTotal}{" "}
        <strong data-testid="rating-total">
          {rating.total}/{MAX_TOTAL}
        </strong>
      </p>
      <ol className="space-y-2 text-sm list-decimal pl-5">
        {INDICATORS.map((i) => (
          <li key={i.code}>
            <span>{t.indicators[i.code].question}:</span>{" "}
            <strong>
              {t.indicators[i.code].labels[rating.scores[i.code]]} ({plural(t.points, rating.scores[i.code])})
            </strong>
          </li>
        ))}
      </ol>
      {rating.comment && (
        <p className="text-sm whitespace-pre-line">
          <span className="font-semibold">{t.otherComment}</span> {rating.comment}
        </p>
      )}
    </section>
  );
}
