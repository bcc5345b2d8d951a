import type { Metadata } from "next";
import { listApiKeys, listRecentApiCalls } from "@/lib/api/keys";
import { createWebhookAction, deleteWebhookAction, revokeApiKeyAction } from "@/lib/api/admin-actions";
import { API_SCOPES } from "@/lib/api/scopes";
import { WEBHOOK_TOPICS } from "@/lib/notifications/webhooks/topics";
import { listAllWebhooks } from "@/lib/notifications/webhooks/manage";
import { requireAdminPage } from "@/lib/auth/require-admin";
import { formatDateTime } from "@/components/ui/format";
import { AdminForm, Checkbox, Hidden, TextInput } from "../_components/admin-form";
import { AdminNav } from "../_components/admin-nav";
import { CreateKeyForm } from "./_components/create-key-form";

export const metadata: Metadata = { title: "Tích hợp API" };

const scopeOptions = Object.entries(API_SCOPES).map(([value, label]) => ({ value, label }));

export default async function IntegrationPage() {
  const { actor, scope } = await requireAdminPage("/quan-tri/tich-hop", { province: true });
  const [keys, webhooks, calls] = await Promise.all([
    listApiKeys(actor),
    listAllWebhooks(actor),
    listRecentApiCalls(actor),
  ]);
  return (
    <div className="space-y-6">
      <AdminNav scope={scope} current="/quan-tri/tich-hop" />
      <h1 className="text-2xl font-semibold">Tích hợp API</h1>
      <p className="text-sm text-gray-700">
        Khoá API cho các hệ thống khác (Cổng DVC quốc gia, nền tảng chia sẻ dữ liệu của tỉnh…) gọi{" "}
        <a href="/api/v1/docs">API tích hợp v1</a>. Mỗi khoá chỉ có các phạm vi được cấp và giới hạn số yêu cầu mỗi
        phút; mọi lời gọi đều được ghi nhật ký.
      </p>

      <section className="space-y-3 rounded bg-white p-4 shadow-sm" aria-labelledby="new-key">
        <h2 id="new-key" className="text-lg font-semibold">
          Tạo khoá API
        </h2>
        <CreateKeyForm scopes={scopeOptions} />
      </section>

      <section className="space-y-3" aria-labelledby="keys">
        <h2 id="keys" className="text-lg font-semibold">
          Các khoá đã cấp
        </h2>
        {keys.length === 0 ? (
          <p className="rounded bg-white p-4 shadow-sm">Chưa cấp khoá nào.</p>
        ) : (
          <ul className="space-y-3" aria-label="Khoá API">
            {keys.map((k) => (
              <li key={k.id} className="space-y-2 rounded bg-white p-4 shadow-sm" data-testid="api-key">
                <p className="font-semibold">
                  {k.name} <code className="text-sm font-normal">{k.prefix}…</code>{" "}
                  {k.revokedAt ? (
                    <span className="text-sm text-red-800">— đã thu hồi {formatDateTime(k.revokedAt)}</span>
                  ) : null}
                </p>
                <dl className="grid gap-1 text-sm sm:grid-cols-2">
                  <div>
                    <dt className="inline font-semibold">Phạm vi: </dt>
                    <dd className="inline">{k.scopes.join(", ")}</dd>
                  </div>
                  <div>
                    <dt className="inline font-semibold">Giới hạn: </dt>
                    <dd className="inline">{k.rateLimitPerMinute} yêu cầu/phút</dd>
                  </div>
                  <div>
                    <dt className="inline font-semibold">Tạo lúc: </dt>
                    <dd className="inline">{formatDateTime(k.createdAt)}</dd>
                  </div>
                  <div>
                    <dt className="inline font-semibold">Dùng lần cuối: </dt>
                    <dd className="inline">
                      {k.lastUsedAt ? formatDateTime(k.lastUsedAt) : "chưa dùng"} ({k._count.calls} lời gọi)
                    </dd>
                  </div>
                </dl>
                {!k.revokedAt && (
                  <AdminForm
                    action={revokeApiKeyAction}
                    submitLabel="Thu hồi khoá"
                    danger
                    label={`Thu hồi khoá ${k.name}`}
                  >
                    <Hidden name="id" value={k.id} />
                  </AdminForm>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="space-y-3 rounded bg-white p-4 shadow-sm" aria-labelledby="webhooks">
        <h2 id="webhooks" className="text-lg font-semibold">
          Webhook thay đổi trạng thái hồ sơ
        </h2>
        <p className="text-sm text-gray-700">
          Mỗi thay đổi trạng thái thuộc chủ đề đã chọn được gửi tới địa chỉ, ký HMAC-SHA256 bằng khoá bí mật (tiêu đề
          X-DVC-Signature), gửi lại cho tới khi hệ thống nhận trả lời 2xx. Khoá bí mật được lưu mã hoá; chuyển hướng
          (3xx) không được theo.
        </p>
        <AdminForm action={createWebhookAction} submitLabel="Đăng ký webhook" label="Đăng ký webhook">
          <TextInput
            name="url"
            label="Địa chỉ nhận (URL)"
            type="url"
            help="https://, tên miền chỉ trỏ tới địa chỉ công khai trên Internet (địa chỉ nội bộ bị từ chối, khi đăng ký và mỗi lần gửi)."
          />
          <TextInput
            name="secret"
            label="Khoá bí mật (ít nhất 32 ký tự)"
            type="password"
            help="Chỉ dùng để ký; không hiển thị lại."
          />
          <fieldset>
            <legend className="text-sm font-medium">Chủ đề</legend>
            {WEBHOOK_TOPICS.map((t) => (
              <Checkbox key={t} name={`topic:${t}`} label={t} defaultChecked={false} />
            ))}
          </fieldset>
        </AdminForm>
        {webhooks.length > 0 && (
          <ul className="space-y-3" aria-label="Webhook đã đăng ký">
            {webhooks.map((w) => (
              <li key={w.id} className="space-y-2 border-t pt-3" data-testid="webhook">
                <p className="break-all font-semibold">{w.url}</p>
                <p className="text-sm">
                  Chủ đề: {w.topics.join(", ")} ·{" "}
                  {w.apiKey ? `đăng ký qua khoá ${w.apiKey.name}` : "đăng ký bởi quản trị viên"} ·{" "}
                  {formatDateTime(w.createdAt)}
                </p>
                <AdminForm action={deleteWebhookAction} submitLabel="Xoá" danger label={`Xoá webhook ${w.url}`}>
                  <Hidden name="id" value={w.id} />
                </AdminForm>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="space-y-3" aria-labelledby="calls">
        <h2 id="calls" className="text-lg font-semibold">
          Nhật ký lời gọi gần đây
        </h2>
        {calls.length === 0 ? (
          <p className="rounded bg-white p-4 shadow-sm">Chưa có lời gọi nào.</p>
        ) : (
          <div className="overflow-x-auto rounded bg-white shadow-sm">
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b">
                  <th className="p-2">Thời điểm</th>
                  <th className="p-2">Khoá</th>
                  <th className="p-2">Yêu cầu</th>
                  <th className="p-2">Kết quả</th>
                  <th className="p-2">Địa chỉ IP</th>
                </tr>
              </thead>
              <tbody>
                {calls.map((c) => (
                  <tr key={c.id} className="border-b last:border-0">
                    <td className="p-2 whitespace-nowrap">{formatDateTime(c.at)}</td>
                    <td className="p-2">{c.apiKey ? `${c.apiKey.name} (${c.apiKey.prefix}…)` : "—"}</td>
                    <td className="p-2 break-all">
                      <code>
                        {c.method} {c.route}
                      </code>
                    </td>
                    <td className="p-2">{c.status}</td>
                    <td className="p-2">{c.ip ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
