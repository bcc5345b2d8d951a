import { z } from "zod";

// What an administrator may write into the postal tariff. Prices are integer VND (the đồng has no
// subunit) and weights integer grams; the bands of a zone are "up to maxGrams", so a zone cannot
// have two rows with the same upper bound.

export const MAX_TARIFF_GRAMS = 30_000; // a public-service parcel, not freight
export const MAX_TARIFF_PRICE_VND = 10_000_000;

const wholeNumber = (label: string, min: number, max: number) =>
  z
    .string(`Vui lòng nhập ${label}.`)
    .trim()
    .min(1, `Vui lòng nhập ${label}.`)
    .regex(/^\d+$/, `${label[0].toUpperCase()}${label.slice(1)} phải là số nguyên, không có dấu chấm hay chữ.`)
    .transform(Number)
    .refine(
      (n) => n >= min && n <= max,
      `${label[0].toUpperCase()}${label.slice(1)} phải từ ${min.toLocaleString("vi-VN")} đến ${max.toLocaleString("vi-VN")}.`,
    );

export const tariffRowSchema = z.object({
  zone: z.enum(["SAME_COMMUNE", "WITHIN_PROVINCE", "OTHER_PROVINCE"], "Vui lòng chọn vùng tính cước."),
  maxGrams: wholeNumber("khối lượng tối đa (gam)", 1, MAX_TARIFF_GRAMS),
  priceVnd: wholeNumber("giá cước (đồng)", 0, MAX_TARIFF_PRICE_VND),
});

export type TariffRowInput = z.output<typeof tariffRowSchema>;
