import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { codeDay } from "../../lib/dossiers/codes";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { seedCitizen, seedCompleteDraft } from "../support/seed-helpers";

describe("dossier codes", () => {
  it("stay unique and gap-free under 50 concurrent submissions to one agency on one day", async () => {
    const drafts = await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const citizen = await seedCitizen(`Người nộp ${i}`);
        return { citizen, id: await seedCompleteDraft(citizen) };
      }),
    );
    const agency = await db.agency.findUniqueOrThrow({ where: { code: "000.21.01.H80" }, select: { id: true } });
    const before = await db.dossierCodeCounter.findMany({ where: { agencyId: agency.id } });
    const results = await Promise.all(drafts.map((d) => submitDossier(d.citizen, d.id)));

    const codes = results.map((r) => r.code);
    expect(new Set(codes).size).toBe(50);
    const day = codeDay(new Date());
    for (const code of codes) expect(code).toMatch(new RegExp(`^000\\.21\\.01\\.H80-${day}-\\d{4}$`));
    const start = before.find((c) => c.day === day)?.lastValue ?? 0;
    const sequences = codes.map((c) => Number(c.slice(-4))).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 50 }, (_, i) => start + i + 1));

    const stored = await db.dossier.findMany({
      where: { id: { in: drafts.map((d) => d.id) } },
      select: { code: true, status: true },
    });
    expect(stored.every((d) => d.status === "SUBMITTED")).toBe(true);
    expect(new Set(stored.map((d) => d.code))).toEqual(new Set(codes));
  });

  it("is idempotent: repeated and simultaneous submissions of one draft give one dossier and one code", async () => {
    const citizen = await seedCitizen();
    const id = await seedCompleteDraft(citizen);
    const results = await Promise.all([
      submitDossier(citizen, id),
      submitDossier(citizen, id),
      submitDossier(citizen, id),
    ]);
    const again = await submitDossier(citizen, id);
    expect(new Set([...results, again].map((r) => r.code)).size).toBe(1);
    expect(await db.dossierEvent.count({ where: { dossierId: id, action: "SUBMIT" } })).toBe(1);
    expect((await db.dossier.findUniqueOrThrow({ where: { id }, select: { version: true } })).version).toBe(1);
  });

  it("refuses a dossier with a required document missing, and stores nothing", async () => {
    const citizen = await seedCitizen();
    const id = await seedCompleteDraft(citizen);
    // A paper of its own: the declaration is the e-form and is never missing (DocumentComponent.satisfiedByEForm).
    const first = await db.attachment.findFirstOrThrow({
      where: { dossierId: id, component: { satisfiedByEForm: false } },
    });
    await db.attachment.delete({ where: { id: first.id } });
    await expect(submitDossier(citizen, id)).rejects.toMatchObject({
      code: "MISSING_DOCUMENTS",
      message: expect.stringContaining("Còn thiếu giấy tờ bắt buộc"),
    });
    const after = await db.dossier.findUniqueOrThrow({
      where: { id },
      select: { status: true, code: true, version: true },
    });
    expect(after).toEqual({ status: "DRAFT", code: null, version: 0 });
    expect(await db.dossierEvent.count({ where: { dossierId: id } })).toBe(0);
  });
});
