import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { retryNationalSyncAction } from "@/lib/admin/outbox-actions";
import { listStuckNationalSyncs, STUCK_AFTER_ATTEMPTS } from "@/lib/notifications/national-sync";
import { formatDateTime } from "@/components/ui/format";
import { AdminForm, Hidden } from "../../_components/admin-form";

/** Status pushes to the national portal that keep failing (retried until acknowledged, never FAILED). */
export async function StuckNationalSyncs({ actor }: { actor: Actor }) {
  const stuck = await listStuckNationalSyncs(actor);
  return (
    <section className="space-y-3" aria-labelledby="stuck-national">
      <h2 id="stuck-national" className="text-lg font-semibold">
        Đồng bộ Cổng DVC quốc gia đang chờ
      </h2>
      <p className="text-sm text-gray-700">
        Trạng thái hồ sơ được gửi lại cho tới khi Cổng DVC quốc gia xác nhận, theo đúng thứ tự của từng hồ sơ. Dưới đây
        là các lần đồng bộ đã thử từ {STUCK_AFTER_ATTEMPTS} lần trở lên mà chưa thành công; các trạng thái sau của cùng
        hồ sơ chờ sau chúng.
      </p>
      {stuck.length === 0 ? (
        <p className="rounded bg-white p-4 shadow-sm">Không có lần đồng bộ nào bị kẹt.</p>
      ) : (
        <ul className="space-y-3" aria-label="Đồng bộ đang chờ">
          {stuck.map((m) => (
            <li key={m.id} className="space-y-2 rounded bg-white p-4 shadow-sm" data-testid="stuck-national-sync">
              <p className="font-semibold">
                Trạng thái <code>{String((m.payload as { status?: unknown }).status ?? "")}</code>
                {m.dossier?.code && (
                  <>
                    {" "}
                    — hồ sơ <Link href={`/can-bo/ho-so/${m.dossier.id}`}>{m.dossier.code}</Link>
                  </>
                )}
              </p>
              <dl className="grid gap-1 text-sm sm:grid-cols-2">
                <div>
                  <dt className="inline font-semibold">Số lần thử: </dt>
                  <dd className="inline">{m.attempts}</dd>
                </div>
                <div>
                  <dt className="inline font-semibold">Thử lại lúc: </dt>
                  <dd className="inline">{formatDateTime(m.nextAttemptAt)}</dd>
                </div>
                <div className="sm:col-span-2">
                  <dt className="inline font-semibold">Lý do: </dt>
                  <dd className="inline break-words">{m.lastError ?? "—"}</dd>
                </div>
              </dl>
              <AdminForm
                action={retryNationalSyncAction}
                submitLabel="Thử lại ngay"
                label={`Thử đồng bộ lại hồ sơ ${m.dossier?.code ?? ""}`}
              >
                <Hidden name="id" value={m.id} />
              </AdminForm>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
