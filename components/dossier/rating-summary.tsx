import { INDICATORS, MAX_TOTAL } from "@/lib/ratings/indicators";
import type { DossierRatingView } from "@/lib/ratings/queries";
import { formatDateTime } from "@/components/ui/format";

/** The citizen's evaluation of the dossier on the nine indicators of TT 01/2018 Art. 13. */
export function RatingSummary({ rating }: { rating: DossierRatingView }) {
  return (
    <section aria-labelledby="danh-gia" className="rounded bg-white p-4 shadow-sm space-y-3">
      <h2 id="danh-gia" className="text-lg font-semibold">Đánh giá mức độ hài lòng</h2>
      <p className="text-sm text-gray-700">
        Đánh giá lúc <time dateTime={rating.createdAt.toISOString()}>{formatDateTime(rating.createdAt)}</time> · Tổng điểm{" "}
        <strong data-testid="rating-total">{rating.total}/{MAX_TOTAL}</strong>
      </p>
      <ol className="space-y-2 text-sm list-decimal pl-5">
        {INDICATORS.map((i) => (
          <li key={i.code}>
            <span>{i.question}:</span>{" "}
            <strong>{i.labels[rating.scores[i.code]]} ({rating.scores[i.code]} điểm)</strong>
          </li>
        ))}
      </ol>
      {rating.comment && <p className="text-sm whitespace-pre-line"><span className="font-semibold">Ý kiến khác:</span> {rating.comment}</p>}
    </section>
  );
}
