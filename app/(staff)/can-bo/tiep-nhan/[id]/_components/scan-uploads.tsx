"use client";
import { useEffect, useRef, useState, type DragEvent } from "react";
import type { FinishedUpload } from "@/lib/attachments/resumable-client";
import { formatBytes } from "@/components/ui/format";
import { PaperChoice } from "@/components/upload/paper-choice";
import { UploadStatus } from "@/components/upload/upload-status";
import { useResumableUploads } from "@/components/upload/use-resumable-uploads";
import type { Dictionary } from "@/lib/i18n/vi";

type Component = { id: string; name: string; required: boolean; paperAllowed: boolean };
/** The upload widgets' own words; the back office passes the Vietnamese ones (staff pages are Vietnamese). */
type Strings = { uploads: Dictionary["wizard"]["uploads"]; paper: Dictionary["wizard"]["paper"] };
type Props = {
  dossierId: string;
  components: Component[];
  initial: FinishedUpload[];
  paper: Record<string, string>;
  t: Strings;
};

/**
 * The scans of each component: several files each (a paper of several pages scanned page by
 * page), chosen or dropped onto the component's zone, sent one after another through the same
 * resumable uploads (tus) as the citizen's wizard; the server judges each file by its content.
 * Bulky components the catalogue allows stay on paper, with a summary (nộp bản giấy).
 */
export function ScanUploads({ dossierId, components, initial, paper, t }: Props) {
  const [files, setFiles] = useState(initial);
  const [over, setOver] = useState<string | null>(null);
  // Files chosen together wait here and go one at a time; the counts are what the page shows.
  const queue = useRef<Record<string, File[]>>({});
  const [waiting, setWaiting] = useState<Record<string, number>>({});
  // Bumped on each finished file, so that the next one starts (see the effect below).
  const [finished, setFinished] = useState(0);
  const { errors, setError, busy, phase, progress, retryable, upload, retry } = useResumableUploads((attachment) => {
    setFiles((f) => [...f, attachment]);
    setFinished((n) => n + 1);
  }, t.uploads);

  /** The next waiting file, if any. A failed file pauses the queue: "Thử lại" or "Tiếp tục" goes on. */
  function startNext() {
    const next = Object.entries(queue.current).find(([, list]) => list.length > 0);
    if (!next) return;
    const [componentId, list] = next;
    const file = list.shift()!;
    setWaiting((w) => ({ ...w, [componentId]: list.length }));
    void upload(componentId, { dossierId, componentId }, file);
  }

  // eslint-disable-next-line react-hooks/exhaustive-deps -- only a finished upload moves the queue on
  useEffect(() => startNext(), [finished]);

  const add = (componentId: string, list: FileList | null) => {
    if (!list || list.length === 0) return;
    const chosen = Array.from(list);
    queue.current[componentId] = [...(queue.current[componentId] ?? []), ...chosen];
    setWaiting((w) => ({ ...w, [componentId]: queue.current[componentId].length }));
    setError(componentId, "");
    if (busy === null) startNext();
  };

  async function remove(id: string) {
    const res = await fetch(`/api/attachments/${id}`, { method: "DELETE" });
    if (res.ok) setFiles((f) => f.filter((x) => x.id !== id));
  }

  const dropHandlers = (componentId: string) => ({
    onDragOver: (e: DragEvent) => {
      e.preventDefault();
      setOver(componentId);
    },
    onDragLeave: () => setOver(null),
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      setOver(null);
      add(componentId, e.dataTransfer.files);
    },
  });

  return (
    <section aria-labelledby="ban-quet" className="space-y-4 rounded bg-white p-4 shadow-sm">
      <h2 id="ban-quet" className="text-lg font-semibold">
        Giấy tờ (bản quét)
      </h2>
      <p className="text-sm text-gray-700">
        Tệp PDF, JPEG hoặc PNG, tối đa 20 MB mỗi tệp; chọn hoặc kéo thả nhiều tệp vào ô của từng giấy tờ.
      </p>
      {components.map((c) => {
        const mine = files.filter((f) => f.componentId === c.id);
        const left = waiting[c.id] ?? 0;
        return (
          <div key={c.id} role="group" aria-labelledby={`name-${c.id}`} className="border-t pt-3">
            <p id={`name-${c.id}`} className="font-medium">
              {c.name}
              {c.required && (
                <span className="text-red-700" aria-hidden>
                  {" "}
                  *
                </span>
              )}
              {c.required && <span className="sr-only"> (bắt buộc)</span>}
            </p>
            <div
              {...dropHandlers(c.id)}
              data-testid={`drop-${c.id}`}
              className={`mt-2 rounded border-2 border-dashed p-3 text-sm ${over === c.id ? "border-brand-700 bg-blue-50" : "border-gray-300"}`}
            >
              <label htmlFor={`scan-${c.id}`} className="block">
                Kéo thả bản quét vào đây, hoặc chọn tệp:
              </label>
              <input
                id={`scan-${c.id}`}
                type="file"
                multiple
                accept="application/pdf,image/jpeg,image/png"
                className="mt-1 block w-full min-h-11"
                onChange={(e) => {
                  add(c.id, e.target.files);
                  e.target.value = "";
                }}
              />
            </div>
            <UploadStatus
              uploading={busy === c.id}
              phase={phase}
              progress={progress}
              error={errors[c.id]}
              canRetry={!!retryable[c.id]}
              onRetry={() => retry(c.id)}
              t={t.uploads}
            />
            {left > 0 && (
              <p role="status" className="text-sm">
                Còn {left} tệp chờ tải lên.{" "}
                {busy === null && (
                  <button type="button" className="min-h-11 underline" onClick={startNext}>
                    Tiếp tục tải lên
                  </button>
                )}
              </p>
            )}
            {c.paperAllowed && (
              <PaperChoice
                dossierId={dossierId}
                componentId={c.id}
                componentName={c.name}
                initial={paper[c.id] ?? null}
                t={t.paper}
              />
            )}
            <ul className="text-sm">
              {mine.map((f) => (
                <li key={f.id} className="flex flex-wrap items-center gap-2">
                  <a
                    href={`/api/attachments/${f.id}`}
                    target="_blank"
                    rel="noreferrer"
                    className="inline-flex min-h-11 items-center"
                  >
                    {f.fileName}
                  </a>
                  <span>({formatBytes(f.sizeBytes)})</span>
                  <button
                    type="button"
                    className="min-h-11 text-red-700 underline"
                    onClick={() => remove(f.id)}
                    aria-label={`Xoá tệp ${f.fileName}`}
                  >
                    Xoá
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
