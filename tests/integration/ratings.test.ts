import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { submitDossier } from "../../lib/submission/submit-dossier";
import type { DossierStatus } from "../../lib/generated/prisma/enums";
import { rateDossier } from "../../lib/ratings/commands/rate-dossier";
import { INDICATOR_CODES, type Scores } from "../../lib/ratings/indicators";
import { getDossierRating } from "../../lib/ratings/queries";
import type { RatingInput } from "../../lib/ratings/schemas";
import { actorByPersonalId, seedCitizen, seedCompleteDraft } from "../support/seed-helpers";

const COMMUNE_OFFICER = "072085100001"; // UBND phường Tân Ninh, the dossiers' agency
const PROVINCE_OFFICER = "072087200001"; // Sở Xây dựng
const allTwo = Object.fromEntries(INDICATOR_CODES.map((c) => [c, 2])) as Scores;

/** A submitted dossier of a new citizen, moved straight to `status`. */
async function seedDossierIn(status: DossierStatus) {
  const citizen = await seedCitizen();
  const id = await seedCompleteDraft(citizen);
  await submitDossier(citizen, id);
  if (status !== "SUBMITTED") await db.dossier.update({ where: { id }, data: { status } });
  return { citizen, id };
}

/** What a tampered request could send, past the form's types. */
const tampered = (input: unknown) => input as RatingInput;
const ratingsOf = (dossierId: string) => db.dossierRating.count({ where: { dossierId } });

describe("rating a dossier (TT 01/2018 Art. 13)", () => {
  it("stores the nine scores and their total, readable by the applicant and the agency's staff", async () => {
    const { citizen, id } = await seedDossierIn("RETURNED");
    const scores = { ...allTwo, CONTACTS: 1, ATTITUDE: 0 } satisfies Scores;
    await expect(rateDossier(citizen, id, { scores, comment: "  Cán bộ hướng dẫn chưa rõ.  " })).resolves.toEqual({
      total: 15,
    });

    const stored = await db.dossierRating.findUniqueOrThrow({ where: { dossierId: id } });
    expect(stored).toMatchObject({ userId: citizen.userId, total: 15, scores, comment: "Cán bộ hướng dẫn chưa rõ." });
    await expect(getDossierRating(citizen, id)).resolves.toMatchObject({ total: 15, scores });
    await expect(getDossierRating(await actorByPersonalId(COMMUNE_OFFICER), id)).resolves.toMatchObject({ total: 15 });
  });

  it("accepts a resolved dossier whose result is not collected yet, without a comment", async () => {
    const { citizen, id } = await seedDossierIn("RESOLVED");
    await expect(getDossierRating(citizen, id)).resolves.toBeNull();
    await rateDossier(citizen, id, { scores: allTwo });
    expect(
      await db.dossierRating.findUniqueOrThrow({ where: { dossierId: id }, select: { total: true, comment: true } }),
    ).toEqual({ total: 18, comment: null });
  });

  it("refuses a missing indicator, a score of 3 and a too long comment, storing nothing", async () => {
    const { citizen, id } = await seedDossierIn("RETURNED");
    const { ONLINE: _omitted, ...eight } = allTwo;
    await expect(rateDossier(citizen, id, tampered({ scores: eight }))).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Vui lòng chọn mức đánh giá cho chỉ số 9: Dịch vụ công trực tuyến.",
    });
    await expect(rateDossier(citizen, id, { scores: { ...allTwo, TOTAL_TIME: 3 } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Mức đánh giá của chỉ số 1 (Tổng thời gian giải quyết) không hợp lệ.",
    });
    await expect(
      rateDossier(citizen, id, { scores: { ...allTwo, PUBLICITY: "2" }, comment: "x".repeat(1001) }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Ý kiến khác tối đa 1000 ký tự.",
    });
    expect(await ratingsOf(id)).toBe(0);
  });

  it("refuses a second rating, also when both arrive at once, keeping the first", async () => {
    const { citizen, id } = await seedDossierIn("RETURNED");
    const twice = await Promise.allSettled([
      rateDossier(citizen, id, { scores: allTwo }),
      rateDossier(citizen, id, { scores: allTwo }),
    ]);
    expect(twice.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(twice.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "ALREADY_DONE" } });

    await expect(rateDossier(citizen, id, { scores: { ...allTwo, ATTITUDE: 0 } })).rejects.toMatchObject({
      code: "ALREADY_DONE",
      message: "Bạn đã đánh giá hồ sơ này. Mỗi hồ sơ chỉ được đánh giá một lần.",
    });
    expect(await ratingsOf(id)).toBe(1);
    expect((await db.dossierRating.findUniqueOrThrow({ where: { dossierId: id } })).total).toBe(18);
  });

  it("refuses a rating before the dossier has a result, storing nothing", async () => {
    for (const status of ["SUBMITTED", "PROCESSING", "WITHDRAWN"] as const) {
      const { citizen, id } = await seedDossierIn(status);
      await expect(rateDossier(citizen, id, { scores: allTwo })).rejects.toMatchObject({
        code: "TRANSITION_NOT_ALLOWED",
        message: "Chỉ có thể đánh giá khi hồ sơ đã có kết quả giải quyết.",
      });
      expect(await ratingsOf(id)).toBe(0);
    }
  });

  it("hides someone else's dossier: other citizens and staff can neither rate it nor read another agency's rating", async () => {
    const { citizen, id } = await seedDossierIn("RETURNED");
    const stranger = await seedCitizen("Người lạ");
    const officer = await actorByPersonalId(COMMUNE_OFFICER);
    await expect(rateDossier(stranger, id, { scores: allTwo })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(rateDossier(officer, id, { scores: allTwo })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await ratingsOf(id)).toBe(0);

    await rateDossier(citizen, id, { scores: allTwo });
    await expect(getDossierRating(stranger, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getDossierRating(await actorByPersonalId(PROVINCE_OFFICER), id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
