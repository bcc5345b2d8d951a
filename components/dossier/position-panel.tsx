import type { Position } from "@/lib/dossiers/position";
import { vi, type Dictionary } from "@/lib/i18n/vi";
import { fill } from "@/lib/i18n/locales";
import { formatDateTime } from "@/components/ui/format";

/** "Where is my dossier now": agency, officer, since when, and the legal deadline. `t`: the reader's language (Vietnamese by default, as staff see it). */
export function PositionPanel({
  position,
  expectedDueAt,
  t = vi.dossier,
}: {
  position: Position;
  expectedDueAt: Date | null;
  t?: Dictionary["dossier"];
}) {
  return (
    <section aria-labelledby="hien-trang" className="rounded bg-white p-4 shadow-sm">
      <h2 id="hien-trang" className="text-lg font-semibold mb-2">
        {t.positionTitle}
      </h2>
      <dl className="grid gap-2 text-sm sm:grid-cols-2">
        <div>
          <dt className="font-semibold">{t.positionAgency}</dt>
          <dd>{position.agency ?? "—"}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t.positionOfficer}</dt>
          <dd>{position.officer ?? t.notAssigned}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t.since}</dt>
          <dd>{formatDateTime(position.since)}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t.legalDue}</dt>
          <dd>
            {position.dueAt
              ? formatDateTime(position.dueAt)
              : expectedDueAt
                ? fill(t.expectedDueShort, { date: formatDateTime(expectedDueAt) })
                : t.dueOnReceipt}
            {position.completion && (
              <span className="ml-2 font-semibold" data-testid="completion">
                {t.completion[position.completion]}
              </span>
            )}
            {position.overdue && <span className="ml-2 font-semibold text-red-700">{t.overdue}</span>}
          </dd>
        </div>
      </dl>
    </section>
  );
}
