"use client";
import { useEffect, useRef, useState } from "react";
import type { Upload } from "tus-js-client";
import { startResumableUpload, type FinishedUpload, type UploadFailure } from "@/lib/attachments/resumable-client";
import { resumeDelayMs } from "@/lib/attachments/upload-failure";

const MAX_FILE_BYTES = 20 * 1024 * 1024;

type Target = { dossierId: string; componentId?: string; supplementItemId?: string };

/**
 * Where the running upload is: sending, waiting for the network (it continues by itself from the
 * last byte the server has when the browser reports the network back, or after a backoff), or
 * continuing after such a wait.
 */
export type UploadPhase = "uploading" | "waiting" | "resuming";

/** `messages`: the two the browser words itself, in the citizen's language (the server words the rest). */
type Messages = { tooLarge: string; connectionLost: string };

/**
 * Upload state for a set of slots (the components of a draft, or the items of a supplement
 * request): one upload at a time, its progress and phase, its error, and "Thử lại" for a
 * refusal the server may lift later (scanner unavailable, server error). A lost connection needs
 * no button: on a phone the network comes and goes, and the citizen may not be looking.
 */
export function useResumableUploads(onUploaded: (file: FinishedUpload, slot: string) => void, messages: Messages) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [phase, setPhase] = useState<UploadPhase>("uploading");
  const [progress, setProgress] = useState<{ sent: number; total: number } | null>(null);
  const [retryable, setRetryable] = useState<Record<string, boolean>>({});
  const pending = useRef<Record<string, Upload>>({});
  // The slot whose upload waits for the network, and how many times the page tried it since.
  const stalled = useRef<{ slot: string; attempts: number } | null>(null);

  const setError = (slot: string, message: string) => setErrors((e) => ({ ...e, [slot]: message }));

  function settle(slot: string, failure: UploadFailure | null) {
    stalled.current = null;
    setBusy(null);
    setPhase("uploading");
    setProgress(null);
    setError(slot, failure?.message ?? "");
    setRetryable((r) => ({ ...r, [slot]: failure?.kind === "temporary" }));
    if (failure?.kind !== "temporary") delete pending.current[slot];
  }

  function fail(slot: string, failure: UploadFailure) {
    if (failure.kind !== "connection") return settle(slot, failure);
    stalled.current = { slot, attempts: stalled.current?.slot === slot ? stalled.current.attempts : 0 };
    setPhase("waiting");
  }

  /** Continues a stalled upload: tus asks the server its offset (HEAD) and sends the rest. */
  function resume() {
    const stall = stalled.current;
    const upload = stall && pending.current[stall.slot];
    if (!stall || !upload) return;
    stall.attempts += 1;
    setPhase("resuming");
    upload.start();
  }

  // Going offline stops the request at once (instead of a chunk hanging until it times out);
  // coming back online resumes. While the browser claims to be online but nothing gets through,
  // the page tries again after a backoff.
  const waiting = busy !== null && phase === "waiting";
  useEffect(() => {
    if (busy === null) return;
    const onOffline = () => {
      const upload = pending.current[busy];
      if (!upload) return;
      void upload.abort(); // not a termination: the server keeps the bytes it has
      stalled.current = { slot: busy, attempts: stalled.current?.attempts ?? 0 };
      setPhase("waiting");
    };
    window.addEventListener("offline", onOffline);
    return () => window.removeEventListener("offline", onOffline);
  }, [busy]);
  useEffect(() => {
    if (!waiting) return;
    const onOnline = () => resume();
    window.addEventListener("online", onOnline);
    const timer = window.setTimeout(
      () => {
        if (navigator.onLine) resume();
      },
      resumeDelayMs(stalled.current?.attempts ?? 0),
    );
    return () => {
      window.removeEventListener("online", onOnline);
      window.clearTimeout(timer);
    };
  }, [waiting]);

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
        onError: (failure) => fail(slot, failure),
      });
    } catch {
      settle(slot, { kind: "final", message: messages.connectionLost });
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

  return { errors, setError, busy, phase, progress, retryable, upload, retry };
}
