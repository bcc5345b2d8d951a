import type { Profile } from "@/lib/profile/queries";

/** Where notifications about dossiers go with the saved preferences, and why one may not. */
export function NotificationSummary({ preferences, targets }: Pick<Profile, "preferences" | "targets">) {
  const line = (on: boolean, target: string | null, missing: string) =>
    !on ? "Không nhận" : target ?? <span className="text-amber-900">{missing}</span>;
  return (
    <section aria-labelledby="noi-nhan-thong-bao" className="rounded bg-white p-4 shadow-sm space-y-2">
      <h2 id="noi-nhan-thong-bao" className="text-lg font-semibold">Thông báo về hồ sơ đang được gửi đến</h2>
      <dl className="grid gap-3 sm:grid-cols-2 text-sm">
        <div>
          <dt className="font-semibold">Thư điện tử</dt>
          <dd className="break-words">{line(preferences.notifyByEmail, targets.email, "Chưa có địa chỉ thư điện tử để gửi thông báo.")}</dd>
        </div>
        <div>
          <dt className="font-semibold">Tin nhắn SMS</dt>
          <dd>{line(preferences.notifyBySms, targets.phone, "Chưa có số điện thoại để gửi tin nhắn.")}</dd>
        </div>
      </dl>
    </section>
  );
}
