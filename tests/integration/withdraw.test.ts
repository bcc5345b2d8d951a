import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { withdrawDossier } from "../../lib/dossiers/commands/withdraw-dossier";
import { seedCitizen, seedCompleteDraft } from "../support/seed-helpers";

async function state(id: string) {
  return db.dossier.findUniqueOrThrow({ where: { id }, select: { status: true, version: true } });
}

describe("withdrawing a dossier (status 7)", () => {
  it("records the reason and ends the dossier", async () => {
    const citizen = await seedCitizen();
    const id = await seedCompleteDraft(citizen);
    await submitDossier(citizen, id);
    await withdrawDossier(citizen, id, { reason: "Đã nộp nhầm thủ tục", version: 1 });
    expect(await state(id)).toEqual({ status: "WITHDRAWN", version: 2 });
    const event = await db.dossierEvent.findFirstOrThrow({ where: { dossierId: id, action: "WITHDRAW" } });
    expect(event.note).toBe("Đã nộp nhầm thủ tục");
  });

  it("refuses without a reason, for someone else's dossier, and once decided — storing nothing", async () => {
    const citizen = await seedCitizen();
    const other = await seedCitizen();
    const id = await seedCompleteDraft(citizen);
    await submitDossier(citizen, id);
    await expect(withdrawDossier(citizen, id, { reason: "   ", version: 1 })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Vui lòng cho biết lý do rút hồ sơ.",
    });
    await expect(withdrawDossier(other, id, { reason: "x", version: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await state(id)).toEqual({ status: "SUBMITTED", version: 1 });

    await db.dossier.update({ where: { id }, data: { status: "RESOLVED" } });
    await expect(withdrawDossier(citizen, id, { reason: "Muộn rồi", version: 1 })).rejects.toMatchObject({
      code: "TRANSITION_NOT_ALLOWED",
    });
    expect(await state(id)).toEqual({ status: "RESOLVED", version: 1 });
    expect(await db.dossierEvent.count({ where: { dossierId: id, action: "WITHDRAW" } })).toBe(0);
  });
});
