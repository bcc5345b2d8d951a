"use client";
import { useRouter } from "next/navigation";
import { useActionState, useState } from "react";
import { answerOpinionAction } from "@/lib/consultations/actions";
import type { ActionState } from "@/lib/dossiers/actions";

/** The asked agency attaches its documents, then sends its opinion. */
export function OpinionAnswerForm({
  consultationId,
  dossierId,
  files,
}: {
  consultationId: string;
  dossierId: string;
  files: { id: string; fileName: string }[];
}) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState<ActionState, FormData>(answerOpinionAction, {});
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function upload(file: File) {
    setUploadError(null);
    setBusy(true);
    try {
      const res = await fetch(`/api/consultations/${consultationId}/files?name=${encodeURIComponent(file.name)}`, {
        method: "POST",
        body: file,
      });
      if (!res.ok) return setUploadError((await res.json()).error ?? "Tải tệp lên không thành công.");
      router.refresh();
    } catch {
      setUploadError("Mất kết nối khi tải tệp. Vui lòng thử lại.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <form action={formAction} className="space-y-2 border-t pt-2">
      <input type="hidden" name="consultationId" value={consultationId} />
      <input type="hidden" name="dossierId" value={dossierId} />
      <label className="block font-medium">
        Văn bản trả lời (PDF, JPEG, PNG)
        <input
          type="file"
          accept="application/pdf,image/jpeg,image/png"
          disabled={busy}
          className="mt-1 block w-full"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void upload(f);
            e.target.value = "";
          }}
        />
      </label>
      {busy && <p role="status">Đang tải lên…</p>}
      {uploadError && (
        <p role="alert" className="text-red-700">
          {uploadError}
        </p>
      )}
      {files.length > 0 && (
        <ul className="list-disc pl-5">
          {files.map((f) => (
            <li key={f.id}>{f.fileName}</li>
          ))}
        </ul>
      )}
      <label className="block font-medium">
        Ý kiến trả lời
        <textarea name="answer" rows={3} maxLength={4000} className="mt-1 w-full rounded border px-2 py-1" />
      </label>
      {state.error && (
        <p role="alert" className="text-red-700">
          {state.error}
        </p>
      )}
      <button
        disabled={pending || busy}
        className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60"
      >
        Gửi ý kiến trả lời
      </button>
    </form>
  );
}
