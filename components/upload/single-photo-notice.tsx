"use client";
import type { Dictionary } from "@/lib/i18n";
import { fill } from "@/lib/i18n/locales";
import { PhotoIssueNotice } from "./photo-issues";
import type { SinglePhoto } from "./use-single-photo";

type Props = {
  photo: SinglePhoto | undefined;
  onKeep: () => void;
  onDrop: () => void;
  t: Dictionary["wizard"]["photos"];
};

/** "Đang xử lý ảnh…" while a chosen photo is shrunk, then its warning if it looks unreadable. */
export function SinglePhotoNotice({ photo, onKeep, onDrop, t }: Props) {
  const held = photo && !photo.checking ? photo : null;
  return (
    <>
      {/* Always in the page: a live region that appears together with its text is often not read. */}
      <p role="status" className="text-sm">
        {photo?.checking && t.processing}
        {held && fill(t.notUploaded, { name: held.file.name })}
        {held && <span className="sr-only"> {held.issues.map((i) => t[i]).join(" ")}</span>}
      </p>
      {held && (
        <PhotoIssueNotice issues={held.issues} kept={false} onKeep={onKeep} t={t}>
          <button type="button" onClick={onDrop} className="min-h-11 rounded border border-gray-400 bg-white px-3 py-1">
            {t.chooseAnother}
          </button>
        </PhotoIssueNotice>
      )}
    </>
  );
}
