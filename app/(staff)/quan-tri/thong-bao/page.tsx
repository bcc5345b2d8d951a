import type { Metadata } from "next";
import Link from "next/link";
import { requireAdminPage } from "@/lib/auth/require-admin";
import { resendDeliveryAction } from "@/lib/admin/outbox-actions";
import { CHANNEL_LABEL } from "@/lib/notifications/labels";
import { listFailedDeliveries } from "@/lib/notifications/queries";
import { formatDateTime } from "@/components/ui/format";
import { AdminForm, Hidden } from "../_components/admin-form";
import { AdminNav } from "../_components/admin-nav";
import { StuckNationalSyncs } from "./_components/stuck-national-syncs";

export const metadata: Metadata = { title: "Thông báo gửi không thành công" };

export default async function FailedDeliveriesPage() {
  const { actor, scope } = await requireAdminPage("/quan-tri/thong-bao");
  const failed = await listFailedDeliveries(actor);
  return (
    <div className="space-y-4">
      <AdminNav scope={scope} current="/quan-tri/thong-bao" />
      <h1 className="text-2xl font-semibold">Thông báo gửi không thành công</h1>
      <p className="text-sm text-gray-700">
        Thư điện tử, tin nhắn và dữ liệu đồng bộ đã được thử gửi nhiều lần mà không thành công. Sau khi khắc phục nguyên
        nhân (địa chỉ, nhà cung cấp), bấm “Gửi lại”.
      </p>
      {failed.length === 0 ? (
        <p className="rounded bg-white p-4 shadow-sm">Không có thông báo nào gửi không thành công.</p>
      ) : (
        <ul className="space-y-3" aria-label="Danh sách thông báo gửi không thành công">
          {failed.map((m) => (
            <li key={m.id} className="rounded bg-white p-4 shadow-sm space-y-2" data-testid="failed-delivery">
              <p className="font-semibold">
                {CHANNEL_LABEL[m.channel]} tới <span className="break-all">{m.recipient}</span>
                {m.dossier?.code && (
                  <>
                    {" "}
                    — hồ sơ <Link href={`/can-bo/ho-so/${m.dossier.id}`}>{m.dossier.code}</Link>
                  </>
                )}
              </p>
              <dl className="grid gap-1 text-sm sm:grid-cols-2">
                <div>
                  <dt className="inline font-semibold">Sự kiện: </dt>
                  <dd className="inline">{m.topic}</dd>
                </div>
                <div>
                  <dt className="inline font-semibold">Số lần thử: </dt>
                  <dd className="inline">{m.attempts}</dd>
                </div>
                <div>
                  <dt className="inline font-semibold">Tạo lúc: </dt>
                  <dd className="inline">{formatDateTime(m.createdAt)}</dd>
                </div>
                <div>
                  <dt className="inline font-semibold">Lần thử cuối: </dt>
                  <dd className="inline">{formatDateTime(m.lastAttemptAt)}</dd>
                </div>
                <div className="sm:col-span-2">
                  <dt className="inline font-semibold">Lý do: </dt>
                  <dd className="inline break-words">{m.lastError ?? "—"}</dd>
                </div>
              </dl>
              <AdminForm
                action={resendDeliveryAction}
                submitLabel="Gửi lại"
                label={`Gửi lại thông báo tới ${m.recipient}`}
              >
                <Hidden name="id" value={m.id} />
              </AdminForm>
            </li>
          ))}
        </ul>
      )}
      <StuckNationalSyncs actor={actor} />
    </div>
  );
}
