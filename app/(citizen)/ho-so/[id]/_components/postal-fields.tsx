import { requireActor } from "@/lib/auth/actor";
import type { Dictionary } from "@/lib/i18n";
import { postalFormData } from "@/lib/postal/queries";

/** The applicant's saved postal choice and the administrative units to choose from (docs/postal.md). */
export async function loadPostalChoice(dossierId: string) {
  return postalFormData(await requireActor(), dossierId);
}

type Loaded = Awaited<ReturnType<typeof loadPostalChoice>>;

/**
 * The postal address as the post will print it on the envelope, for the check-answers page:
 * receiver, phone, street, commune or ward and province by their names (never their codes).
 */
export function PostalAddressSummary({ choice, provinces, t }: Loaded & { t: Dictionary["postal"] }) {
  if (!choice) return null;
  const province = provinces.find((p) => p.code === choice.provinceCode);
  const commune = province?.communes.find((c) => c.code === choice.communeCode);
  const rows: [string, string][] = [
    [t.recipientName, choice.recipientName],
    [t.recipientPhone, choice.recipientPhone],
    [t.street, choice.street],
    [t.commune, commune?.name ?? choice.communeCode],
    [t.province, province?.name ?? choice.provinceCode],
  ];
  return (
    <dl className="mt-2 grid gap-2 text-sm sm:grid-cols-2" data-testid="review-postal">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt className="font-semibold">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
      {choice.dossierByPost && <p className="sm:col-span-2">{t.dossierByPost}</p>}
    </dl>
  );
}
