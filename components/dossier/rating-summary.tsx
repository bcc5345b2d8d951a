import { INDICATORS, MAX_TOTAL } from "@/lib/ratings/indicators";
import { vi, type Dictionary } from "@/lib/i18n/vi";
import { fill } from "@/lib/i18n/locales";
import type { DossierRatingView } from "@/lib/ratings/queries";
import { formatDateTime } from "@/components/ui/format";

/** The citizen's evaluation of the dossier on the nine indicators of TT 01/2018 Art. 13. */
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
            {/* The nine indicators are worded by TT 01/2018 (Art. 13) and stay in Vietnamese. */}
            <span lang="vi">{i.question}:</span>{" "}
            <strong>
              <span lang="vi">{i.labels[rating.scores[i.code]]}</span> ({fill(t.points, { n: rating.scores[i.code] })})
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
