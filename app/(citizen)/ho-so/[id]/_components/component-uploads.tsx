"use client";
import { useRef, useState } from "react";
import type { Upload } from "tus-js-client";
import { formatBytes } from "@/components/ui/format";
import { startResumableUpload, type UploadFailure } from "@/lib/attachments/resumable-client";
import { reuseDocumentAction } from "@/lib/documents/actions";

export type UploadComponent = { id: string; name: string; required: boolean };
export type UploadedFile = { id: string; componentId: string | null; fileName: string; sizeBytes: number };
export type StoreDocument = { id: string; label: string };

const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** One upload control per document component; files go in resumable chunks (tus) to /api/uploads. */
type Props = { dossierId: string; components: UploadComponent[]; initial: UploadedFile[]; maxDossierBytes: number; storeDocuments: StoreDocument[] };

export function ComponentUploads({ dossierId, components, initial, maxDossierBytes, storeDocuments }: Props) {
  const [files, setFiles] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ sent: number; total: number } | null>(null);
  // A failed upload stays in `pending` (per component) so that "Thử lại" continues it.
  const [retryable, setRetryable] = useState<Record<string, boolean>>({});
  const pending = useRef<Record<string, Upload>>({});

  const setError = (componentId: string, message: string) => setErrors((e) => ({ ...e, [componentId]: message }));

  function settle(componentId: string, failure: UploadFailure | null) {
    setBusy(null);
    setProgress(null);
    setError(componentId, failure?.message ?? "");
    setRetryable((r) => ({ ...r, [componentId]: failure?.canRetry ?? false }));
    if (!failure?.canRetry) delete pending.current[componentId];
  }

  async function upload(componentId: string, file: File) {
    settle(componentId, null);
    if (file.size > MAX_FILE_BYTES) return setError(componentId, "Tệp vượt quá 20 MB.");
    setBusy(componentId);
    setProgress({ sent: 0, total: file.size });
    try {
      pending.current[componentId] = await startResumableUpload(file, { dossierId, componentId }, {
        onProgress: (sent, total) => setProgress({ sent, total }),
        onSuccess: (attachment) => {
          settle(componentId, null);
          setFiles((f) => [...f, attachment]);
        },
        onError: (failure) => settle(componentId, failure),
      });
    } catch {
      settle(componentId, { message: "Mất kết nối khi tải tệp. Vui lòng thử lại.", canRetry: false });
    }
  }

  /** Asks the server how much arrived and sends only the rest (tus resume). */
  function retry(componentId: string) {
    const upload = pending.current[componentId];
    if (!upload) return;
    setError(componentId, "");
    setRetryable((r) => ({ ...r, [componentId]: false }));
    setBusy(componentId);
    upload.start();
  }

  async function reuse(componentId: string, sourceAttachmentId: string) {
    setErrors((e) => ({ ...e, [componentId]: "" }));
    const result = await reuseDocumentAction({ dossierId, componentId, sourceAttachmentId });
    if (result.error) return setErrors((e) => ({ ...e, [componentId]: result.error! }));
    if (result.attachment) setFiles((f) => [...f, result.attachment!]);
  }

  async function remove(id: string) {
    const res = await fetch(`/api/attachments/${id}`, { method: "DELETE" });
    if (res.ok) setFiles((f) => f.filter((x) => x.id !== id));
  }

  return (
    <section aria-labelledby="tai-lieu" className="rounded bg-white p-4 shadow-sm space-y-4">
      <h2 id="tai-lieu" className="text-lg font-semibold">Giấy tờ kèm theo</h2>
      <p className="text-sm text-gray-700">Tệp PDF, JPEG hoặc PNG, tối đa 20 MB mỗi tệp, tổng cộng {formatBytes(maxDossierBytes)} mỗi hồ sơ.</p>
      {components.map((c) => {
        const mine = files.filter((f) => f.componentId === c.id);
        return (
          <div key={c.id} className="border-t pt-3">
            <label htmlFor={`file-${c.id}`} className="block font-medium">
              {c.name}{c.required && <span className="text-red-700" aria-hidden> *</span>}
            </label>
            <input
              id={`file-${c.id}`}
              data-required={c.required ? "true" : "false"}
              type="file"
              accept="application/pdf,image/jpeg,image/png"
              disabled={busy !== null}
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void upload(c.id, file);
                e.target.value = "";
              }}
              className="mt-1 block w-full text-sm"
            />
            {storeDocuments.length > 0 && (
              <div className="mt-2">
                <label htmlFor={`store-${c.id}`} className="text-sm">hoặc chọn từ kho dữ liệu</label>
                <select
                  id={`store-${c.id}`}
                  value=""
                  onChange={(e) => e.target.value && void reuse(c.id, e.target.value)}
                  className="ml-2 max-w-full rounded border px-2 py-1 text-sm"
                >
                  <option value="">— Chọn giấy tờ đã có —</option>
                  {storeDocuments.map((d) => <option key={d.id} value={d.id}>{d.label}</option>)}
                </select>
              </div>
            )}
            {busy === c.id && (
              <div className="mt-2 flex items-center gap-2 text-sm">
                <progress aria-label="Tiến độ tải lên" value={progress?.sent ?? 0} max={progress?.total || 1} className="h-2 w-48" />
                <span aria-hidden>{progress && progress.total > 0 ? Math.floor((progress.sent / progress.total) * 100) : 0}%</span>
                <p role="status">Đang tải lên…</p>
              </div>
            )}
            {errors[c.id] && <p role="alert" className="text-sm text-red-700">{errors[c.id]}</p>}
            {retryable[c.id] && busy === null && (
              <button type="button" className="mt-1 rounded border px-2 py-1 text-sm" onClick={() => retry(c.id)}>Thử lại</button>
            )}
            <ul className="text-sm">
              {mine.map((f) => (
                <li key={f.id} className="flex gap-2 items-center">
                  <span>{f.fileName} ({formatBytes(f.sizeBytes)})</span>
                  <button type="button" className="text-red-700 underline" onClick={() => remove(f.id)} aria-label={`Xoá tệp ${f.fileName}`}>Xoá</button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
