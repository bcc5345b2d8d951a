"use client";
import type { UploadPhase } from "./use-resumable-uploads";

/** In the citizen's language (lib/i18n, wizard.uploads). */
type Strings = { progress: string; uploading: string; retry: string; waitingForNetwork: string; resuming: string };

type Props = {
  uploading: boolean;
  /** Sending, waiting for the network, or continuing after it came back (use-resumable-uploads.ts). */
  phase?: UploadPhase;
  progress: { sent: number; total: number } | null;
  error?: string;
  canRetry: boolean;
  onRetry: () => void;
  t: Strings;
};

/**
 * Progress bar while a file uploads, with what is happening to it: a lost connection is said
 * plainly with the promise that the upload continues by itself, so that nobody chooses the file
 * again; the error if it failed, and "Thử lại" when the server may take the file later.
 */
export function UploadStatus({ uploading, phase = "uploading", progress, error, canRetry, onRetry, t }: Props) {
  const status = { uploading: t.uploading, waiting: t.waitingForNetwork, resuming: t.resuming }[phase];
  return (
    <>
      {uploading && (
        <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
          <progress
            aria-label={t.progress}
            value={progress?.sent ?? 0}
            max={progress?.total || 1}
            className="h-2 w-48"
          />
          <span aria-hidden>
            {progress && progress.total > 0 ? Math.floor((progress.sent / progress.total) * 100) : 0}%
          </span>
          <p role="status" className={phase === "waiting" ? "font-medium text-amber-800" : undefined}>
            {status}
          </p>
        </div>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      {canRetry && !uploading && (
        <button type="button" className="mt-1 min-h-11 rounded border px-3 py-1 text-sm" onClick={onRetry}>
          {t.retry}
        </button>
      )}
    </>
  );
}
