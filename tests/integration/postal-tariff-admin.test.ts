import { describe, expect, it } from "vitest";
import { AdminInputError } from "../../lib/forms/input-error";
import { db } from "../../lib/db";
import { removeTariffRow, saveTariffRow } from "../../lib/postal/commands/save-tariff-row";
import { listTariffForAdmin } from "../../lib/postal/queries";
import { actorByPersonalId } from "../support/seed-helpers";

const PROVINCE_ADMIN = "072083300002"; // Trịnh Thị Ngọc
const AGENCY_ADMIN = "072080300003"; // Lý Thanh Phong, agency level only
const POSTAL_OFFICER = "072091300001";
// A band no quote in the other tests reaches (they weigh 100 g and take the smallest band that fits).
const BAND = { zone: "OTHER_PROVINCE", maxGrams: "29990", priceVnd: "123000" };

describe("the postal tariff in administration", () => {
  it("lets a province administrator add, edit and remove a band, refusing bad input with nothing stored", async () => {
    const admin = await actorByPersonalId(PROVINCE_ADMIN);
    const before = await db.postalTariff.count();

    for (const [input, field, message] of [
      [{ ...BAND, priceVnd: "15.000" }, "priceVnd", /số nguyên/],
      [{ ...BAND, priceVnd: "-5" }, "priceVnd", /số nguyên/],
      [{ ...BAND, priceVnd: "" }, "priceVnd", /Vui lòng nhập giá cước/],
      [{ ...BAND, maxGrams: "0" }, "maxGrams", /từ 1 đến 30\.000/],
      [{ ...BAND, zone: "MARS" }, "zone", /chọn vùng/],
    ] as const) {
      const refusal = await saveTariffRow(admin, input).catch((e) => e);
      expect(refusal).toBeInstanceOf(AdminInputError);
      expect(refusal.fieldErrors[field]).toMatch(message);
    }
    expect(await db.postalTariff.count()).toBe(before);

    await saveTariffRow(admin, BAND);
    const row = await db.postalTariff.findUniqueOrThrow({
      where: { zone_maxGrams: { zone: "OTHER_PROVINCE", maxGrams: 29990 } },
    });
    expect(row.priceVnd).toBe(123000);
    const again = await saveTariffRow(admin, BAND).catch((e) => e);
    expect(again.fieldErrors?.maxGrams).toMatch(/đã có nấc/);
    expect(await db.postalTariff.count()).toBe(before + 1);

    await saveTariffRow(admin, { ...BAND, priceVnd: "125000" }, row.id);
    expect((await db.postalTariff.findUniqueOrThrow({ where: { id: row.id } })).priceVnd).toBe(125000);
    expect((await listTariffForAdmin(admin)).map((r) => r.id)).toContain(row.id);

    await removeTariffRow(admin, row.id);
    expect(await db.postalTariff.count()).toBe(before);
    await expect(removeTariffRow(admin, row.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("is closed to agency administrators and postal officers, who change nothing", async () => {
    const before = await db.postalTariff.findMany({ orderBy: { id: "asc" } });
    const someRow = before[0];
    for (const who of [AGENCY_ADMIN, POSTAL_OFFICER]) {
      const actor = await actorByPersonalId(who);
      await expect(saveTariffRow(actor, BAND)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(
        saveTariffRow(
          actor,
          { ...BAND, zone: someRow.zone, maxGrams: String(someRow.maxGrams), priceVnd: "1" },
          someRow.id,
        ),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(removeTariffRow(actor, someRow.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(listTariffForAdmin(actor)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await db.postalTariff.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });
});
