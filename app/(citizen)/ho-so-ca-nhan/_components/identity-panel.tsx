import type { Profile } from "@/lib/profile/queries";
import { formatDate } from "@/components/ui/format";
import type { Dictionary } from "@/lib/i18n";

/** The identity vouched for by VNeID: refreshed at each sign-in, never edited here. */
export function IdentityPanel({ identity, t }: { identity: Profile["identity"]; t: Dictionary["profile"] }) {
  const rows: [string, string][] = [
    [t.fullName, identity.fullName],
    [t.personalId, identity.personalId ?? "—"],
    [t.dateOfBirth, formatDate(identity.dateOfBirth)],
    [t.permanentAddress, identity.permanentAddress ?? "—"],
    [t.phone, identity.phone ?? "—"],
    [t.email, identity.email ?? "—"],
  ];
  return (
    <section aria-labelledby="thong-tin-dinh-danh" className="rounded bg-white p-4 shadow-sm space-y-3">
      <div>
        <h2 id="thong-tin-dinh-danh" className="text-lg font-semibold">
          {t.identityTitle}
        </h2>
        <p className="text-sm text-gray-700">{t.identityNote}</p>
      </div>
      <dl className="grid gap-3 sm:grid-cols-2 text-sm">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="font-semibold">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
