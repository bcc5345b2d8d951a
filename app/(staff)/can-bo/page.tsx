import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPage } from "@/lib/auth/require-staff";
import { INBOX_VIEWS, listInbox, type InboxView } from "@/lib/dossiers/queries";
import { CHANNEL_INFO } from "@/lib/dossiers/status";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDateTime } from "@/components/ui/format";

export const metadata: Metadata = { title: "Xử lý hồ sơ" };

export default async function InboxPage({ searchParams }: { searchParams: Promise<{ xem?: string }> }) {
  const actor = await requireStaffPage("/can-bo");
  const { xem } = await searchParams;
  const view: InboxView = xem && xem in INBOX_VIEWS ? (xem as InboxView) : "new";
  const dossiers = await listInbox(actor, view);
  const agencies = [...new Map(actor.memberships.map((m) => [m.agencyId, m.agencyName])).values()];

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Xử lý hồ sơ</h1>
      <p className="text-sm text-gray-700">Đơn vị: {agencies.join(", ")}</p>
      <nav aria-label="Danh sách hồ sơ" className="flex flex-wrap gap-2">
        {(Object.keys(INBOX_VIEWS) as InboxView[]).map((v) => (
          <Link key={v} href={`/can-bo?xem=${v}`} aria-current={v === view ? "page" : undefined}
            className={`rounded px-3 py-1 text-sm no-underline ${v === view ? "bg-brand-700 text-white" : "bg-white border"}`}>
            {INBOX_VIEWS[v].label}
          </Link>
        ))}
      </nav>
      <div className="overflow-x-auto rounded bg-white shadow-sm">
        <table className="w-full text-sm">
          <thead><tr className="text-left border-b"><th className="p-2">Mã hồ sơ</th><th>Thủ tục</th><th>Người nộp</th><th>Kênh</th><th>Hạn xử lý</th><th>Trạng thái</th></tr></thead>
          <tbody>
            {dossiers.map((d) => (
              <tr key={d.id} className="border-b align-top">
                <td className="p-2"><Link href={`/can-bo/ho-so/${d.id}`}>{d.code}</Link></td>
                <td className="pr-2">{d.procedure.name}</td>
                <td className="pr-2">{d.applicantName}</td>
                <td className="pr-2">{CHANNEL_INFO[d.channel].label}</td>
                <td className="pr-2">{formatDateTime(d.dueAt)}</td>
                <td><StatusBadge status={d.status} /></td>
              </tr>
            ))}
            {dossiers.length === 0 && <tr><td colSpan={6} className="p-4">Không có hồ sơ.</td></tr>}
          </tbody>
        </table>
      </div>
    </div>
  );
}
