import type { FieldErrors } from "@/lib/forms/field-errors";
import type { PostalChoice } from "@/lib/generated/prisma/client";
import type { Dictionary } from "@/lib/i18n";
import { fill } from "@/lib/i18n/locales";
import { formatVnd } from "@/lib/payments/money";

type Province = { code: string; name: string; communes: { code: string; name: string }[] };
type Props = {
  choice: PostalChoice | null;
  provinces: Province[];
  t: Dictionary["postal"];
  dossierByPostAllowed: boolean;
  /** The server's message per field ("street"), shown beside its field (lib/postal/address.ts). */
  errors?: FieldErrors;
  /** The post is chosen, so every field must be filled in (said to screen readers). */
  required?: boolean;
};

/** The address's fields in the order they are shown, for the error summary's links (postalFieldId). */
export const POSTAL_FIELDS = ["provinceCode", "communeCode", "street", "recipientName", "recipientPhone"] as const;
export const postalFieldId = (name: string) => `postal-${name}`;

/**
 * The postal address fields, inside a plain form (QĐ 45/2016/QĐ-TTg; docs/postal.md): two-level units (the province, then
 * its communes and wards grouped under it, so it works without JavaScript), street detail,
 * recipient and phone. The server checks everything (lib/postal/address.ts).
 */
export function PostalAddressFields({ choice, provinces, t, dossierByPostAllowed, errors = {}, required }: Props) {
  const input = "mt-1 block min-h-11 w-full rounded border border-gray-400 px-3 py-2";
  // Every field is required once the post is chosen; its message sits under it, read with it.
  const a11y = (name: (typeof POSTAL_FIELDS)[number]) => ({
    id: postalFieldId(name),
    "aria-required": required || undefined,
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `${postalFieldId(name)}-error` : undefined,
  });
  const message = (name: (typeof POSTAL_FIELDS)[number]) =>
    errors[name] && (
      <span id={`${postalFieldId(name)}-error`} className="mt-1 block text-sm text-red-700">
        {errors[name]}
      </span>
    );
  return (
    <fieldset className="space-y-3 rounded bg-white p-4 shadow-sm">
      <legend className="text-lg font-semibold">{t.addressLegend}</legend>
      <p className="text-sm text-gray-700">{t.addressHint}</p>
      {dossierByPostAllowed && (
        <label className="flex min-h-11 items-center gap-3">
          <input
            type="checkbox"
            name="dossierByPost"
            value="1"
            defaultChecked={choice?.dossierByPost ?? false}
            className="h-5 w-5"
          />
          {t.dossierByPost}
        </label>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="block">
          {t.province}
          <select
            {...a11y("provinceCode")}
            name="provinceCode"
            defaultValue={choice?.provinceCode ?? (provinces.length === 1 ? provinces[0].code : "")}
            className={input}
          >
            <option value="">{t.choose}</option>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
          {message("provinceCode")}
        </label>
        <label className="block">
          {t.commune}
          <select
            {...a11y("communeCode")}
            name="communeCode"
            defaultValue={choice?.communeCode ?? ""}
            className={input}
          >
            <option value="">{t.choose}</option>
            {provinces.map((p) => (
              <optgroup key={p.code} label={p.name}>
                {p.communes.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          {message("communeCode")}
        </label>
      </div>
      <label className="block">
        {t.street}
        <input
          {...a11y("street")}
          name="street"
          defaultValue={choice?.street ?? ""}
          maxLength={200}
          autoComplete="street-address"
          className={input}
        />
        {message("street")}
      </label>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="block">
          {t.recipientName}
          <input
            {...a11y("recipientName")}
            name="recipientName"
            defaultValue={choice?.recipientName ?? ""}
            maxLength={100}
            autoComplete="name"
            className={input}
          />
          {message("recipientName")}
        </label>
        <label className="block">
          {t.recipientPhone}
          <input
            name="recipientPhone"
            type="tel"
            inputMode="tel"
            defaultValue={choice?.recipientPhone ?? ""}
            maxLength={15}
            autoComplete="tel"
            className={input}
          />
          {message("recipientPhone")}
        </label>
      </div>
      <p className="text-sm text-gray-700">{t.postageNote}</p>
      {choice?.resultByPost && (
        <p className="text-sm font-semibold" data-testid="postage-quote">
          {fill(t.quoted, { amount: formatVnd(choice.postageVnd), zone: t.zone[choice.zone] })}
        </p>
      )}
    </fieldset>
  );
}
