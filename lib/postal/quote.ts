import "server-only";
import type { Db, Tx } from "../db/create-client";
import { AppError } from "../errors";
import type { PostalZone } from "../generated/prisma/enums";
import { priceFor, zoneBetween, type Place } from "./tariff";

/** Where an agency sends from: its commune, or only its province for a provincial agency. */
export async function agencyPlace(client: Db | Tx, unitCode: string): Promise<Place> {
  const unit = await client.administrativeUnit.findUniqueOrThrow({
    where: { code: unitCode },
    select: { code: true, level: true, parentCode: true },
  });
  return unit.level === "COMMUNE"
    ? { provinceCode: unit.parentCode ?? unit.code, communeCode: unit.code }
    : { provinceCode: unit.code, communeCode: null };
}

/** The price now, from the tariff in the database, of a shipment between two places. */
export async function quotePostage(
  client: Db | Tx,
  from: Place,
  to: Place,
  grams: number,
): Promise<{ zone: PostalZone; priceVnd: number }> {
  const zone = zoneBetween(from, to);
  const rows = await client.postalTariff.findMany({
    where: { zone },
    select: { zone: true, maxGrams: true, priceVnd: true },
  });
  const priceVnd = priceFor(rows, zone, grams);
  if (priceVnd === null)
    throw new AppError(
      "INVALID_INPUT",
      "Chưa có bảng cước bưu chính cho địa chỉ này; vui lòng chọn hình thức nhận kết quả khác.",
    );
  return { zone, priceVnd };
}
