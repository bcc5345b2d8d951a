// The postal tariff of the public postal service for administrative procedures (lib/postal):
// price by zone and weight band, in VND, up to maxGrams inclusive. Illustrative demo figures of
// the operator's published price list (unverified: check against the current contract with the post office
// before production); administrators edit the rows (PostalTariff).

export type TariffSeed = {
  zone: "SAME_COMMUNE" | "WITHIN_PROVINCE" | "OTHER_PROVINCE";
  maxGrams: number;
  priceVnd: number;
};

const bands = (zone: TariffSeed["zone"], prices: [number, number][]): TariffSeed[] =>
  prices.map(([maxGrams, priceVnd]) => ({ zone, maxGrams, priceVnd }));

export const postalTariff: TariffSeed[] = [
  ...bands("SAME_COMMUNE", [
    [100, 15_000],
    [250, 17_000],
    [500, 20_000],
    [1_000, 25_000],
    [2_000, 32_000],
  ]),
  ...bands("WITHIN_PROVINCE", [
    [100, 20_000],
    [250, 23_000],
    [500, 27_000],
    [1_000, 33_000],
    [2_000, 42_000],
  ]),
  ...bands("OTHER_PROVINCE", [
    [100, 28_000],
    [250, 32_000],
    [500, 38_000],
    [1_000, 48_000],
    [2_000, 62_000],
  ]),
];
