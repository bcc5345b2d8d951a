// Browser side of resumable uploads (the one module of lib/attachments that is not
// server-only): tus-js-client sends the file in chunks to /api/uploads, retries lost chunks,
// and remembers the upload URL in localStorage so that choosing the same file again, or
// pressing "Thử lại", continues from the last byte the server has.
import type { DetailedError, HttpResponse, Upload } from "tus-js-client";

/** What the server answers when the last chunk arrives (see lib/attachments/attach-file.ts). */
export type FinishedUpload = { id: string; componentId: string | null; fileName: string; sizeBytes: number };

export type ResumableHandlers = {
  onProgress: (sent: number, total: number) => void;
  onSuccess: (attachment: FinishedUpload) => void;
  onError: (failure: UploadFailure) => void;
};

/** A failed upload: the message to show, and whether trying again can help. */
export type UploadFailure = { message: string; canRetry: boolean };

const CHUNK_BYTES = 5 * 1024 * 1024;
// A phone on a weak network loses chunks often; each chunk is tried again after these delays.
const RETRY_DELAYS_MS = [0, 1000, 3000, 5000, 10000];
// Refusals that the same file will meet again: bad input, signed out, too large, wrong type,
// refused by the inspection (malware, active content).
const FINAL_STATUSES = new Set([400, 401, 403, 413, 415, 422]);

/** Starts (or resumes, for a file chosen before) the upload of one file to one component. */
export async function startResumableUpload(
  file: File,
  target: { dossierId: string; componentId?: string; supplementItemId?: string },
  on: ResumableHandlers,
): Promise<Upload> {
  const tus = await import("tus-js-client"); // loaded only when a file is chosen
  const upload = new tus.Upload(file, {
    endpoint: "/api/uploads",
    chunkSize: CHUNK_BYTES,
    retryDelays: RETRY_DELAYS_MS,
    removeFingerprintOnSuccess: true,
    metadata: {
      dossierId: target.dossierId,
      componentId: target.componentId ?? "",
      supplementItemId: target.supplementItemId ?? "",
      filename: file.name,
    },
    // The default fingerprint ignores where the file goes: the same scan chosen for another
    // component or dossier would resume an upload created for the first one.
    fingerprint: async (f: File) =>
      [
        "dvc",
        target.dossierId,
        target.componentId ?? "",
        target.supplementItemId ?? "",
        f.name,
        f.size,
        f.lastModified,
      ].join("|"),
    onProgress: on.onProgress,
    onSuccess: ({ lastResponse }) => {
      const attachment = parseJson<FinishedUpload>(lastResponse.getBody());
      if (attachment?.id) on.onSuccess(attachment);
      else on.onError({ message: "Tải tệp lên không thành công. Vui lòng chọn lại tệp.", canRetry: false });
    },
    onError: (err) => on.onError(describeFailure(err)),
  });
  const previous = await upload.findPreviousUploads();
  if (previous.length > 0) upload.resumeFromPreviousUpload(previous[0]);
  upload.start();
  return upload;
}

function describeFailure(err: Error | DetailedError): UploadFailure {
  const response: HttpResponse | null = "originalResponse" in err ? err.originalResponse : null;
  const status = response?.getStatus() ?? 0;
  const message = parseJson<{ error?: string }>(response?.getBody() ?? "")?.error;
  if (FINAL_STATUSES.has(status)) return { message: message ?? "Tải tệp lên không thành công.", canRetry: false };
  return { message: message ?? "Mất kết nối khi tải tệp. Vui lòng thử lại.", canRetry: true };
}

function parseJson<T>(text: string): T | null {
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}
