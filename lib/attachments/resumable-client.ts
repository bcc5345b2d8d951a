// Browser side of resumable uploads (with upload-failure.ts, the modules of lib/attachments that
// are not server-only): tus-js-client sends the file in chunks to /api/uploads, retries lost chunks,
// and remembers the upload URL in localStorage so that choosing the same file again, the
// network coming back, or pressing "Thử lại", continues from the last byte the server has.
import type { DetailedError, HttpResponse, Upload } from "tus-js-client";
import { describeFailure, shouldRetryAutomatically, type FailedResponse, type UploadFailure } from "./upload-failure";

export type { UploadFailure } from "./upload-failure";

/** What the server answers when the last chunk arrives (see lib/attachments/attach-file.ts). */
export type FinishedUpload = { id: string; componentId: string | null; fileName: string; sizeBytes: number };

export type ResumableHandlers = {
  onProgress: (sent: number, total: number) => void;
  onSuccess: (attachment: FinishedUpload) => void;
  onError: (failure: UploadFailure) => void;
};

const CHUNK_BYTES = 5 * 1024 * 1024;
// A phone on a weak network loses chunks often; each chunk is tried again after these delays.
const RETRY_DELAYS_MS = [0, 1000, 3000, 5000, 10000];

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
    onShouldRetry: (err) => shouldRetryAutomatically(responseOf(err), navigator.onLine),
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
      else on.onError({ kind: "final", message: "Tải tệp lên không thành công. Vui lòng chọn lại tệp." });
    },
    onError: (err) => on.onError(describeFailure(responseOf(err), navigator.onLine)),
  });
  const previous = await upload.findPreviousUploads();
  if (previous.length > 0) upload.resumeFromPreviousUpload(previous[0]);
  upload.start();
  return upload;
}

function responseOf(err: Error | DetailedError): FailedResponse {
  const response: HttpResponse | null = "originalResponse" in err ? err.originalResponse : null;
  return { status: response?.getStatus() ?? 0, body: response?.getBody() ?? "" };
}

function parseJson<T>(text: string): T | null {
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}
