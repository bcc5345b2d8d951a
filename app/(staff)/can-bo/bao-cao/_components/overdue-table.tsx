import Link from "next/link";
import { formatDateTime } from "@/components/ui/format";
import type { OverdueRow } from "@/lib/statistics/overdue";

export function OverdueTable({ title, rows, finished }: { title: string; rows: OverdueRow[]; finished: boolean }) {
  return (
    <div className="overflow-x-auto rounded bg-white shadow-sm" tabIndex={0} role="region" aria-label={title}>
      <table className="w-full text-sm">
        <caption className="p-2 text-left font-semibold">
          {title} ({rows.length})
        </caption>
        <thead>
          <tr className="border-b text-left">
            <th scope="col" className="p-2">
              Mã hồ sơ
            </th>
            <th scope="col" className="p-2">
              Thủ tục
            </th>
            <th scope="col" className="p-2">
              Cán bộ xử lý
            </th>
            <th scope="col" className="p-2">
              Hẹn trả
            </th>
            {finished && (
              <th scope="col" className="p-2">
                Có kết quả
              </th>
            )}
            <th scope="col" className="p-2">
              Lý do (Mẫu 04)
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.id} className="border-b align-top">
              <td className="p-2">
                <Link href={`/can-bo/ho-so/${d.id}`}>{d.code ?? d.id}</Link>
              </td>
              <td className="p-2">{d.procedure}</td>
              <td className="p-2">{d.assignee ?? "Chưa phân công"}</td>
              <td className="p-2">{formatDateTime(d.dueAt)}</td>
              {finished && <td className="p-2">{formatDateTime(d.finishedAt)}</td>}
              <td className="p-2">{d.reason ?? "Chưa có Mẫu 04"}</td>
            </tr>
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={finished ? 6 : 5} className="p-3">
                Không có hồ sơ.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
