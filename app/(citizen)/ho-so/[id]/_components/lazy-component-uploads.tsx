"use client";
import dynamic from "next/dynamic";

// The upload step carries the heaviest code (resumable uploads, photo to PDF): it is loaded
// only when that step is shown, so the other steps stay light on a phone.
export const LazyComponentUploads = dynamic(() => import("./component-uploads").then((m) => m.ComponentUploads), {
  loading: () => <p role="status">Đang tải phần đính kèm giấy tờ…</p>,
});
