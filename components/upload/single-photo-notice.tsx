"use client";
import { PHOTO_ISSUE_MESSAGES } from "@/lib/images/quality";
import { PhotoIssueNotice } from "./photo-issues";
import type { SinglePhoto } from "./use-single-photo";

type Props = { photo: SinglePhoto | undefined; onKeep: () => void; onDrop: () => void };

/** "Đang xử lý ảnh…" while a chosen photo is shrunk, then its warning if it looks unreadable. */
export function SinglePhotoNotice({ photo, onKeep, onDrop }: Props) {
  const held = photo && !photo.checking ? photo : null;
  return (
    <>
      {/* Always in the page: a live region that appears together with its text is often not read. */}
      <p role="status" className="text-sm">
        {photo?.checking && "Đang xử lý ảnh…"}
        {held && `Ảnh “${held.file.name}” chưa được tải lên.`}
        {held && <span className="sr-only"> {held.issues.map((i) => PHOTO_ISSUE_MESSAGES[i]).join(" ")}</span>}
      </p>
      {held && (
        <PhotoIssueNotice issues={held.issues} kept={false} onKeep={onKeep}>
          <button type="button" onClick={onDrop} className="min-h-11 rounded border border-gray-400 bg-white px-3 py-1">Chọn ảnh khác</button>
        </PhotoIssueNotice>
      )}
    </>
  );
}
