import type { Position } from "@/lib/dossiers/position";
import { formatDateTime } from "@/components/ui/format";

const COMPLETION_LABEL = { EARLY: "Trước hạn", ON_TIME: "Đúng hạn", LATE: "Trễ hạn" } as const;

/** "Where is my dossier now": agency, officer, since when, and the legal deadline. */
export function PositionPanel({ position, expectedDueAt }: { position: Position; expectedDueAt: Date | null }) {
  return (
    <section aria-labelledby="hien-trang" className="rounded bg-white p-4 shadow-sm">
      <h2 id="hien-trang" className="text-lg font-semibold mb-2">Hồ sơ đang ở đâu</h2>
      <dl className="grid gap-2 text-sm sm:grid-cols-2">
        <div><dt className="font-semibold">Cơ quan</dt><dd>{position.agency ?? "—"}</dd></div>
        <div><dt className="font-semibold">Cán bộ xử lý</dt><dd>{position.officer ?? "Chưa phân công"}</dd></div>
        <div><dt className="font-semibold">Từ lúc</dt><dd>{formatDateTime(position.since)}</dd></div>
        <div>
          <dt className="font-semibold">Hạn giải quyết theo quy định</dt>
          <dd>
            {position.dueAt ? formatDateTime(position.dueAt) : expectedDueAt ? <>Dự kiến {formatDateTime(expectedDueAt)} (sẽ được xác nhận khi tiếp nhận)</> : "Sẽ được ghi khi tiếp nhận hồ sơ"}
            {position.completion && <span className="ml-2 font-semibold" data-testid="completion">{COMPLETION_LABEL[position.completion]}</span>}
            {position.overdue && <span className="ml-2 font-semibold text-red-700">Đã quá hạn</span>}
          </dd>
        </div>
      </dl>
    </section>
  );
}
