"use client";

/** In the citizen's language (lib/i18n, wizard.uploads). */
type Strings = { progress: string; uploading: string; retry: string };

type Props = {
  uploading: boolean;
  progress: { sent: number; total: number } | null;
  error?: string;
  canRetry: boolean;
  onRetry: () => void;
  t: Strings;
};

/** Progress bar while a file uploads, the error if it failed, and "Thử lại" when resuming can help. */
export function UploadStatus({ uploading, progress, error, canRetry, onRetry, t }: Props) {
  return (
    <>
      {uploading && (
        <div className="mt-2 flex items-center gap-2 text-sm">
          <progress
            aria-label={t.progress}
            value={progress?.sent ?? 0}
            max={progress?.total || 1}
            className="h-2 w-48"
          />
          <span aria-hidden>
            {progress && progress.total > 0 ? Math.floor((progress.sent / progress.total) * 100) : 0}%
          </span>
          <p role="status">{t.uploading}</p>
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
