import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { listMyDocuments } from "@/lib/documents/store";
import { formatBytes, formatDateTime } from "@/components/ui/format";

export const metadata: Metadata = { title: "Kho dữ liệu cá nhân" };

export default async function DocumentStorePage() {
  const actor = await requirePageActor("/kho-du-lieu");
  const documents = await listMyDocuments(actor);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Kho dữ liệu cá nhân</h1>
      <p className="text-gray-700">Giấy tờ bạn đã nộp và kết quả bạn đã nhận. Khi nộp hồ sơ mới, bạn có thể chọn lại các giấy tờ này mà không cần tải lên lần nữa.</p>
      {documents.length === 0 ? (
        <p>Kho dữ liệu chưa có giấy tờ nào.</p>
      ) : (
        <ul className="divide-y rounded bg-white shadow-sm">
          {documents.map((d) => (
            <li key={d.attachmentId} className="p-4">
              <a href={`/api/attachments/${d.attachmentId}`} target="_blank" rel="noreferrer" className="font-semibold">{d.fileName}</a>
              <div className="text-sm text-gray-700">
                {d.kind === "RESULT" ? "Kết quả giải quyết" : "Giấy tờ đã nộp"} · {formatBytes(d.sizeBytes)} · {formatDateTime(d.createdAt)} · {d.procedureName}
                {d.dossierCode && <> · {d.dossierCode}</>}
              </div>
            </li>
          ))}
        </ul>
      )}
      <p><Link href="/ho-so">← Hồ sơ của tôi</Link></p>
    </div>
  );
}
