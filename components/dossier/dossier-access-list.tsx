import type { DossierAccessEntry } from "@/lib/dossiers/access-log";
import type { Dictionary } from "@/lib/i18n/vi";
import { formatDateTime } from "@/components/ui/format";

/**
 * "Ai đã xem hồ sơ của bạn": the staff who opened, downloaded from or printed the applicant's
 * dossier, newest first (lib/dossiers/access-log.ts). A server component: no script.
 */
export function DossierAccessList({
  entries,
  t,
}: {
  entries: DossierAccessEntry[];
  t: Dictionary["dossier"]["access"];
}) {
  return (
    <section aria-labelledby="dossier-access" className="space-y-2 rounded bg-white p-4 shadow-sm">
      <h2 id="dossier-access" className="text-lg font-semibold">
        {t.title}
      </h2>
      <p className="text-sm text-gray-600">{t.intro}</p>
      {entries.length === 0 ? (
        <p className="text-sm">{t.none}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm" data-testid="dossier-access">
            <thead>
              <tr className="text-left">
                <th scope="col" className="py-1 pr-3">
                  {t.time}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t.agency}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t.role}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t.officer}
                </th>
                <th scope="col" className="py-1">
                  {t.kind}
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e, i) => (
                <tr key={i} className="border-t border-gray-200">
                  <td className="py-1 pr-3 whitespace-nowrap">{formatDateTime(e.at)}</td>
                  <td className="py-1 pr-3" lang="vi">
                    {e.agencyName ?? "—"}
                  </td>
                  <td className="py-1 pr-3">{e.role ? t.roles[e.role] : "—"}</td>
                  <td className="py-1 pr-3" lang="vi">
                    {e.officerName ?? "—"}
                  </td>
                  <td className="py-1">{t.kinds[e.kind]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
