import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { setStandinModeAction } from "@/lib/national-portal-standin/actions";
import { standinStatus } from "@/lib/national-portal-standin/control";
import { readPushes } from "@/lib/national-portal-standin/store";
import { env } from "@/lib/env";
import { formatDateTime } from "@/components/ui/format";

export const metadata: Metadata = { title: "Cổng DVC quốc gia (giả lập)", robots: { index: false } };

// What the local stand-in of the national portal received (scripts/serve.ts starts it): each
// dossier's status pushes with their national codes, in arrival order. Not in production.
export default async function NationalStandinPage() {
  await connection();
  if (env.APP_ENV === "production") notFound();
  const [status, pushes] = [await standinStatus(), readPushes(env.NATIONAL_STANDIN_DIR).reverse()];
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Cổng DVC quốc gia (giả lập)</h1>
      <p className="text-sm text-gray-700">
        Trạng thái hồ sơ cổng đã đồng bộ tới điểm nhận giả lập ({pushes.length} lần đồng bộ, mới nhất trước). Chỉ có
        trong môi trường phát triển và kiểm thử.
      </p>
      <div className="space-y-2 rounded bg-white p-4 text-sm shadow-sm">
        <p>
          Địa chỉ nhận: <code className="break-all">{status.url ?? "chưa cấu hình (NATIONAL_PORTAL_URL)"}</code>
        </p>
        <p data-testid="standin-mode">
          {status.running
            ? status.mode === "fail"
              ? "Đang giả lập lỗi: trả lời 503, các lần đồng bộ chờ trong hàng đợi."
              : "Đang hoạt động bình thường."
            : "Điểm nhận giả lập không chạy."}
        </p>
        {status.running && (
          <form action={setStandinModeAction}>
            <input type="hidden" name="mode" value={status.mode === "fail" ? "ok" : "fail"} />
            <button className="min-h-11 rounded border px-4 py-2 font-semibold">
              {status.mode === "fail" ? "Hoạt động trở lại" : "Giả lập lỗi 503"}
            </button>
          </form>
        )}
      </div>
      {pushes.length === 0 ? (
        <p className="rounded bg-white p-4 shadow-sm">Chưa nhận được lần đồng bộ nào.</p>
      ) : (
        <div className="overflow-x-auto rounded bg-white shadow-sm">
          <table className="w-full text-left text-sm" aria-label="Các lần đồng bộ đã nhận">
            <thead>
              <tr className="border-b">
                <th className="p-2">Nhận lúc</th>
                <th className="p-2">Mã hồ sơ</th>
                <th className="p-2">Trạng thái</th>
                <th className="p-2">Trước đó</th>
                <th className="p-2">Idempotency-Key</th>
              </tr>
            </thead>
            <tbody>
              {pushes.map((p) => (
                <tr key={p.idempotencyKey} className="border-b last:border-0" data-testid="national-push">
                  <td className="p-2 whitespace-nowrap">{formatDateTime(new Date(p.receivedAt))}</td>
                  <td className="p-2">{String(p.body.dossierCode ?? "—")}</td>
                  <td className="p-2">
                    <code>{String(p.body.status)}</code> {String(p.body.statusName ?? "")}
                  </td>
                  <td className="p-2">
                    <code>{String(p.body.previousStatus ?? "—")}</code>
                  </td>
                  <td className="p-2 break-all text-xs">{p.idempotencyKey}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
