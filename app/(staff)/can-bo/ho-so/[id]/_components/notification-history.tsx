import type { Actor } from "@/lib/auth/actor";
import { CHANNEL_LABEL, STATE_LABEL } from "@/lib/notifications/labels";
import { listDossierNotifications } from "@/lib/dossiers/notification-history";
import { formatDateTime } from "@/components/ui/format";

/** The dossier's notifications (e-mail, SMS, national portal sync) and whether each was delivered. */
export async function NotificationHistory({ actor, dossierId }: { actor: Actor; dossierId: string }) {
  const rows = await listDossierNotifications(actor, dossierId);
  return (
    <section className="rounded bg-white p-4 shadow-sm" aria-labelledby="notification-history">
      <h2 id="notification-history" className="text-lg font-semibold mb-2">
        Thông báo đã gửi
      </h2>
      {rows.length === 0 ? (
        <p className="text-sm">Chưa có thông báo nào.</p>
      ) : (
        <ul className="divide-y text-sm">
          {rows.map((r) => (
            <li key={r.id} className="py-2" data-testid="notification-row">
              <p>
                <span className="font-semibold">{CHANNEL_LABEL[r.channel]}</span>{" "}
                {r.recipient === null ? (
                  <span className="text-gray-700">(địa chỉ và nội dung đã xoá hết thời hạn lưu)</span>
                ) : (
                  <>
                    tới <span className="break-all">{r.recipient}</span>
                  </>
                )}{" "}
                · {r.topic}
              </p>
              <p className={r.state === "FAILED" ? "text-red-800" : "text-gray-700"}>
                {STATE_LABEL[r.state]}
                {r.sentAt ? ` lúc ${formatDateTime(r.sentAt)}` : ""} · tạo {formatDateTime(r.createdAt)} · {r.attempts}{" "}
                lần thử
                {r.lastError ? ` · lỗi: ${r.lastError}` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
