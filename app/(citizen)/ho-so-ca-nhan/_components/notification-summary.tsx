import type { Profile } from "@/lib/profile/queries";
import type { Dictionary } from "@/lib/i18n";

/** Where notifications about dossiers go with the saved preferences, and why one may not. */
export function NotificationSummary({
  preferences,
  targets,
  t,
}: Pick<Profile, "preferences" | "targets"> & { t: Dictionary["profile"] }) {
  const line = (on: boolean, target: string | null, missing: string) =>
    !on ? t.notReceiving : (target ?? <span className="text-amber-900">{missing}</span>);
  return (
    <section aria-labelledby="noi-nhan-thong-bao" className="rounded bg-white p-4 shadow-sm space-y-2">
      <h2 id="noi-nhan-thong-bao" className="text-lg font-semibold">
        {t.notificationsTitle}
      </h2>
      <dl className="grid gap-3 sm:grid-cols-2 text-sm">
        <div>
          <dt className="font-semibold">{t.email}</dt>
          <dd className="break-words">{line(preferences.notifyByEmail, targets.email, t.noEmailTarget)}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t.sms}</dt>
          <dd>{line(preferences.notifyBySms, targets.phone, t.noPhoneTarget)}</dd>
        </div>
      </dl>
    </section>
  );
}
