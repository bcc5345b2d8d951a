import "server-only";
import type { Actor } from "../../auth/actor";
import { requireProvinceAdmin } from "../../auth/require-admin";
import { requireRecentAuth } from "../../auth/step-up";
import { db } from "../../db";
import { AppError } from "../../errors";
import { fieldError, parseAdminInput, type FormInput } from "../../forms/input-error";
import { isUniqueViolation } from "../../db/unique-violation";
import { ZONE_LABEL } from "../tariff";
import { tariffRowSchema } from "../tariff-input";

const bandTaken = (zone: keyof typeof ZONE_LABEL, grams: number) =>
  fieldError(
    "maxGrams",
    `Vùng ${ZONE_LABEL[zone]} đã có nấc "đến ${grams.toLocaleString("vi-VN")} g": hãy sửa dòng đã có.`,
  );

/**
 * Adds a band to the postal tariff, or edits `rowId` (province administrators: the tariff is the
 * province's contract with the post office). A new price applies to choices made afterwards; the
 * postage quoted on a dossier stays as quoted (lib/postal/quote.ts).
 */
export async function saveTariffRow(actor: Actor, input: FormInput, rowId?: string): Promise<void> {
  try {
    await db.$transaction(async (tx) => {
      await requireProvinceAdmin(actor, tx); // a non-administrator learns nothing about the input
      requireRecentAuth(actor);
      const row = parseAdminInput(tariffRowSchema, input);
      const clash = await tx.postalTariff.findFirst({
        where: { zone: row.zone, maxGrams: row.maxGrams, ...(rowId ? { id: { not: rowId } } : {}) },
      });
      if (clash) throw bandTaken(row.zone, row.maxGrams);
      if (!rowId) {
        await tx.postalTariff.create({ data: row });
        return;
      }
      const updated = await tx.postalTariff.updateMany({ where: { id: rowId }, data: row });
      if (updated.count !== 1) throw new AppError("NOT_FOUND", "Không tìm thấy dòng cước cần sửa (có thể đã bị xóa).");
    });
  } catch (e) {
    // Two administrators adding the same band at once: the unique key decides, with the same message.
    if (isUniqueViolation(e)) {
      const row = tariffRowSchema.parse(input);
      throw bandTaken(row.zone, row.maxGrams);
    }
    throw e;
  }
}

/** Removes a band; quotes already on dossiers keep their price. */
export async function removeTariffRow(actor: Actor, rowId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await requireProvinceAdmin(actor, tx);
    requireRecentAuth(actor);
    const deleted = await tx.postalTariff.deleteMany({ where: { id: rowId } });
    if (deleted.count !== 1) throw new AppError("NOT_FOUND", "Không tìm thấy dòng cước cần xóa.");
  });
}
