"use client";
import { useRef, useState } from "react";
import type { Upload } from "tus-js-client";
import { startResumableUpload, type FinishedUpload, type UploadFailure } from "@/lib/attachments/resumable-client";

const MAX_FILE_BYTES = 20 * 1024 * 1024;

type Target = { dossierId: string; componentId?: string; supplementItemId?: string };

/**
 * Upload state for a set of slots (a component of a draft, or an item of a supplement request):
 * one upload at a time, its progress, its error, and "Thử lại" that resumes a failed upload
 * from the last byte the server has.
 */
type Messages = { tooLarge: string; connectionLost: string };

/** `messages`: the two the browser words itself, in the citizen's language (the server words the rest). */
export function useResumableUploads(onUploaded: (file: FinishedUpload, slot: string) => void, messages: Messages) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ sent: number; total: number } | null>(null);
  const [retryable, setRetryable] = useState<Record<string, boolean>>({});
  const pending = useRef<Record<string, Upload>>({});

  const setError = (slot: string, message: string) => setErrors((e) => ({ ...e, [slot]: message }));

  function settle(slot: string, failure: UploadFailure | null) {
    setBusy(null);
    setProgress(null);
    setError(slot, failure?.message ?? "");
    setRetryable((r) => ({ ...r, [slot]: failure?.canRetry ?? false }));
    if (!failure?.canRetry) delete pending.current[slot];
  }

  async function upload(slot: string, target: Target, file: File) {
    settle(slot, null);
    if (file.size > MAX_FILE_BYTES) return setError(slot, messages.tooLarge);
    setBusy(slot);
    setProgress({ sent: 0, total: file.size });
    try {
      pending.current[slot] = await startResumableUpload(file, target, {
        onProgress: (sent, total) => setProgress({ sent, total }),
        onSuccess: (attachment) => {
          settle(slot, null);
          onUploaded(attachment, slot);
        },
        onError: (failure) => settle(slot, failure),
      });
    } catch {
      settle(slot, { message: messages.connectionLost, canRetry: false });
    }
  }

  function retry(slot: string) {
    const upload = pending.current[slot];
    if (!upload) return;
    setError(slot, "");
    setRetryable((r) => ({ ...r, [slot]: false }));
    setBusy(slot);
    upload.start();
  }

  return { errors, setError, busy, progress, retryable, upload, retry };
}
