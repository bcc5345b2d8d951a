"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";

/** The specialist (or leader) attaches the electronic result as a PDF before the decision. */
export function ResultUpload({ dossierId }: { dossierId: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function upload(file: File) {
    setError(null);
    setBusy(true);
    try {
      const res = await fetch(`/api/dossiers/${dossierId}/result?name=${encodeURIComponent(file.name)}`, {
        method: "POST",
        body: file,
      });
      if (!res.ok) return setError((await res.json()).error ?? "Tải tệp lên không thành công.");
      router.refresh();
    } catch {
      setError("Mất kết nối khi tải tệp. Vui lòng thử lại.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="rounded bg-white p-4 shadow-sm">
      <label htmlFor="result-file" className="block font-semibold">
        Tệp kết quả giải quyết (PDF)
      </label>
      <input
        id="result-file"
        type="file"
        accept="application/pdf"
        disabled={busy}
        className="mt-1 block w-full text-sm"
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) void upload(f);
          e.target.value = "";
        }}
      />
      {busy && <p role="status">Đang tải lên…</p>}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </section>
  );
}
