import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { listMyDossiers } from "@/lib/dossiers/queries";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDate, formatDateTime } from "@/components/ui/format";

export const metadata: Metadata = { title: "Hồ sơ của tôi" };

export default async function MyDossiersPage() {
  const actor = await requirePageActor("/ho-so");
  const dossiers = await listMyDossiers(actor);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Hồ sơ của tôi</h1>
      {dossiers.length === 0 ? (
        <p>Bạn chưa có hồ sơ nào. <Link href="/thu-tuc">Tìm thủ tục để nộp hồ sơ →</Link></p>
      ) : (
        <ul className="divide-y rounded bg-white shadow-sm">
          {dossiers.map((d) => (
            <li key={d.id} className="p-4 space-y-1">
              <Link href={`/ho-so/${d.id}`} className="font-semibold">{d.procedure.name}</Link>
              <div className="text-sm text-gray-700 flex flex-wrap gap-x-4 items-center">
                <StatusBadge status={d.status} />
                <span>{d.code ?? "Chưa nộp"}</span>
                <span>{d.agency.name}</span>
                {d.status === "DRAFT" ? <span>Bản nháp lưu đến {formatDate(d.draftExpiresAt)}</span> : <span>Nộp lúc {formatDateTime(d.submittedAt)}</span>}
                {d.dueAt && <span>Hạn trả kết quả {formatDateTime(d.dueAt)}</span>}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
