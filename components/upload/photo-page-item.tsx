"use client";
import { PhotoIssueNotice } from "./photo-issues";
import type { PhotoPage } from "./use-photo-pages";
import type { Dictionary } from "@/lib/i18n";
import { fill } from "@/lib/i18n/locales";

type Props = {
  page: PhotoPage;
  n: number;
  count: number;
  disabled: boolean;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  onKeep: () => void;
  t: Dictionary["wizard"]["photos"];
};

const button = "min-h-11 min-w-11 rounded border border-gray-400 bg-white px-3 py-1 text-sm disabled:opacity-50";

/** One page of the PDF being assembled: its thumbnail, its warnings, and the buttons to fix the order. */
export function PhotoPageItem({ page, n, count, disabled, onMove, onRemove, onKeep, t }: Props) {
  return (
    <li className="flex gap-3 rounded border border-gray-300 p-2">
      {/* A blob: URL made on the device; next/image has nothing to optimise here. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={page.thumbnailUrl}
        alt={fill(t.pageAlt, { n })}
        className="h-24 w-20 shrink-0 border border-gray-300 bg-gray-50 object-contain"
      />
      <div className="min-w-0 flex-1 space-y-2">
        <p className="text-sm font-medium">{fill(t.page, { n })}</p>
        <PhotoIssueNotice
          issues={page.photo.issues}
          kept={page.kept}
          onKeep={onKeep}
          which={fill(t.pageWhich, { n })}
          disabled={disabled}
          t={t}
        />
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            id={`${page.id}-up`}
            className={button}
            disabled={disabled || n === 1}
            onClick={() => onMove(-1)}
            aria-label={fill(t.upLabel, { n })}
          >
            <span aria-hidden>↑ </span>
            {t.up}
          </button>
          <button
            type="button"
            id={`${page.id}-down`}
            className={button}
            disabled={disabled || n === count}
            onClick={() => onMove(1)}
            aria-label={fill(t.downLabel, { n })}
          >
            <span aria-hidden>↓ </span>
            {t.down}
          </button>
          <button
            type="button"
            id={`${page.id}-remove`}
            className={`${button} text-red-700`}
            disabled={disabled}
            onClick={onRemove}
            aria-label={fill(t.removePageLabel, { n })}
          >
            {t.removePage}
          </button>
        </div>
      </div>
    </li>
  );
}
