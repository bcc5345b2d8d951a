import type { Metadata } from "next";
import Link from "next/link";
import { CASE_WORK_ROLES } from "@/lib/auth/actor";
import { requireCaseWorkPage } from "@/lib/auth/require-staff";
import {
  FILED_STATUSES,
  INBOX_VIEWS,
  inboxCounts,
  inboxProcedures,
  inboxQuerySchema,
  listInbox,
  type InboxQuery,
  type InboxView,
} from "@/lib/dossiers/inbox";
import { CHANNEL_INFO, STATUS_INFO } from "@/lib/dossiers/status";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDateTime } from "@/components/ui/format";
import { IntakeDeskLink } from "./tiep-nhan/_components/intake-desk-link";
import { DeadlineFlag } from "./_components/deadline-flag";
import { leaderAgencies } from "@/lib/statistics/access";

export const metadata: Metadata = { title: "Xử lý hồ sơ" };

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === "string" && v !== "" ? v : undefined);

/** URL parameters in Vietnamese, the query in English. */
function readQuery(p: Params): InboxQuery {
  return inboxQuerySchema.parse({
    view: one(p.xem),
    q: one(p.q),
    procedure: one(p["thu-tuc"]),
    channel: one(p.kenh),
    status: one(p["trang-thai"]),
    from: one(p["tu-ngay"]),
    to: one(p["den-ngay"]),
    after: one(p.sau),
  });
}

function href(q: InboxQuery, change: Partial<InboxQuery>) {
  const next = { ...q, ...change };
  const params = new URLSearchParams();
  const entries: [string, string | undefined][] = [
    ["xem", next.view],
    ["q", next.q],
    ["thu-tuc", next.procedure],
    ["kenh", next.channel],
    ["trang-thai", next.status],
    ["tu-ngay", next.from],
    ["den-ngay", next.to],
    ["sau", next.after],
  ];
  for (const [k, v] of entries) if (v) params.set(k, v);
  return `/can-bo?${params}`;
}

export default async function InboxPage({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await requireCaseWorkPage("/can-bo");
  const query = readQuery(await searchParams);
  const [{ items, nextCursor }, counts, procedures] = await Promise.all([
    listInbox(actor, query),
    inboxCounts(actor, query),
    inboxProcedures(actor),
  ]);
  const agencies = [
    ...new Map(
      actor.memberships.filter((m) => CASE_WORK_ROLES.includes(m.role)).map((m) => [m.agencyId, m.agencyName]),
    ).values(),
  ];

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Xử lý hồ sơ</h1>
      <p className="text-sm text-gray-700">
        Đơn vị: {agencies.join(", ")} · <Link href="/can-bo/so-theo-doi">Sổ theo dõi hồ sơ (Mẫu 06)</Link>
        {leaderAgencies(actor).length > 0 && (
          <>
            {" "}
            · <Link href="/can-bo/bao-cao">Báo cáo thống kê</Link>
          </>
        )}
      </p>
      <IntakeDeskLink actor={actor} />
      <nav aria-label="Danh sách hồ sơ" className="flex flex-wrap gap-2">
        {/* A tab keeps the search and filters: after a search, each tab's count says where its dossiers are. */}
        {(Object.keys(INBOX_VIEWS) as InboxView[]).map((v) => (
          <Link
            key={v}
            href={href(query, { view: v, after: undefined })}
            aria-current={v === query.view ? "page" : undefined}
            data-testid={`inbox-tab-${v}`}
            className={`rounded px-3 py-1 text-sm no-underline ${v === query.view ? "bg-brand-700 text-white" : "bg-white border text-ink"}`}
          >
            {INBOX_VIEWS[v].label} ({counts[v].toLocaleString("vi-VN")})
          </Link>
        ))}
      </nav>
      <form
        method="get"
        className="grid gap-2 rounded bg-white p-3 shadow-sm sm:grid-cols-3"
        role="search"
        aria-label="Lọc và tìm hồ sơ"
      >
        <label className="text-sm">
          Tìm (mã hồ sơ hoặc một phần mã, số định danh, họ tên)
          <input name="q" defaultValue={query.q} maxLength={100} className="mt-1 w-full rounded border px-2 py-1" />
        </label>
        {/* A new search looks in every tab of the officer's agencies; the tabs' counts then say where. */}
        <label className="text-sm">
          Tìm trong
          <select
            name="xem"
            defaultValue={query.q ? query.view : "all"}
            className="mt-1 w-full rounded border px-2 py-1"
          >
            {(Object.keys(INBOX_VIEWS) as InboxView[]).map((v) => (
              <option key={v} value={v}>
                {INBOX_VIEWS[v].label}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          Thủ tục
          <select name="thu-tuc" defaultValue={query.procedure ?? ""} className="mt-1 w-full rounded border px-2 py-1">
            <option value="">Tất cả</option>
            {procedures.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          Kênh nộp
          <select name="kenh" defaultValue={query.channel ?? ""} className="mt-1 w-full rounded border px-2 py-1">
            <option value="">Tất cả</option>
            {Object.entries(CHANNEL_INFO).map(([value, c]) => (
              <option key={value} value={value}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          Trạng thái
          <select name="trang-thai" defaultValue={query.status ?? ""} className="mt-1 w-full rounded border px-2 py-1">
            <option value="">Tất cả</option>
            {FILED_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_INFO[s].label}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          Nộp từ ngày
          <input
            type="date"
            name="tu-ngay"
            defaultValue={query.from}
            className="mt-1 w-full rounded border px-2 py-1"
          />
        </label>
        <label className="text-sm">
          Đến ngày
          <input type="date" name="den-ngay" defaultValue={query.to} className="mt-1 w-full rounded border px-2 py-1" />
        </label>
        <div className="flex items-end">
          <button className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white">Lọc</button>
        </div>
      </form>
      <div className="overflow-x-auto rounded bg-white shadow-sm">
        <table className="w-full text-sm">
          <thead>
            <tr className="text-left border-b">
              <th className="p-2">Mã hồ sơ</th>
              <th>Thủ tục</th>
              <th>Người nộp</th>
              <th>Kênh</th>
              <th>Ngày tiếp nhận</th>
              <th>Hạn xử lý</th>
              <th>Trạng thái</th>
            </tr>
          </thead>
          <tbody>
            {items.map((d) => (
              <tr key={d.id} className="border-b align-top" data-testid="inbox-row">
                <td className="p-2">
                  <Link href={`/can-bo/ho-so/${d.id}`}>{d.code}</Link>
                </td>
                <td className="pr-2">{d.procedure.name}</td>
                <td className="pr-2">{d.applicantName}</td>
                <td className="pr-2">{CHANNEL_INFO[d.channel].label}</td>
                <td className="pr-2">{formatDateTime(d.receivedAt)}</td>
                <td className="pr-2">
                  {formatDateTime(d.dueAt)} <DeadlineFlag warning={d.warning} reappointed={d.reappointed} />
                </td>
                <td>
                  <StatusBadge status={d.status} />
                </td>
              </tr>
            ))}
            {items.length === 0 && (
              <tr>
                <td colSpan={7} className="p-4">
                  Không có hồ sơ.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <nav aria-label="Phân trang" className="flex gap-4">
        {query.after && <Link href={href(query, { after: undefined })}>← Về trang đầu</Link>}
        {nextCursor && <Link href={href(query, { after: nextCursor })}>Trang sau →</Link>}
      </nav>
    </div>
  );
}
