import type { PostalZone } from "../generated/prisma/enums";

// The postal tariff, pure. Public postal service for administrative procedures (QĐ 45/2016/QĐ-TTg)
// is priced by the operator by zone and weight; the rows live in PostalTariff (seeded, editable),
// and the price is taken at the moment the citizen chooses the post, then kept on the choice.

export type TariffRow = { zone: PostalZone; maxGrams: number; priceVnd: number };
export type Place = { provinceCode: string; communeCode: string | null };

/** A result (decision, certificate) in its envelope: the first weight band. */
export const RESULT_WEIGHT_GRAMS = 100;

export const ZONE_LABEL: Record<PostalZone, string> = {
  SAME_COMMUNE: "cùng xã, phường",
  WITHIN_PROVINCE: "nội tỉnh",
  OTHER_PROVINCE: "liên tỉnh",
};

/**
 * Delivery target in working days after the pick-up (J+1 in the agency's own commune, J+2 in the
 * province). The operator sets no target between provinces, so those shipments are never flagged.
 */
export const TARGET_WORKING_DAYS: Record<PostalZone, number | null> = {
  SAME_COMMUNE: 1,
  WITHIN_PROVINCE: 2,
  OTHER_PROVINCE: null,
};

/** The zone from the sender's place to the recipient's; two-level units, so no district. */
export function zoneBetween(from: Place, to: Place): PostalZone {
  if (from.provinceCode !== to.provinceCode) return "OTHER_PROVINCE";
  return from.communeCode !== null && from.communeCode === to.communeCode ? "SAME_COMMUNE" : "WITHIN_PROVINCE";
}

/** The price of the smallest band of the zone that holds the weight, or null when none does. */
export function priceFor(rows: readonly TariffRow[], zone: PostalZone, grams: number): number | null {
  if (!Number.isSafeInteger(grams) || grams <= 0) throw new RangeError(`Not a weight in grams: ${grams}`);
  const band = rows.filter((r) => r.zone === zone && r.maxGrams >= grams).sort((a, b) => a.maxGrams - b.maxGrams)[0];
  return band ? band.priceVnd : null;
}
