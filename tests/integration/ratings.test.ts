import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { submitDossier } from "../../lib/submission/submit-dossier";
import type { DossierStatus } from "../../lib/generated/prisma/enums";
import { rateDossier } from "../../lib/ratings/commands/rate-dossier";
import { CITIZEN_INDICATOR_CODES, type CitizenIndicatorCode, type Score } from "../../lib/ratings/indicators";
import { getDossierRating } from "../../lib/ratings/queries";
import type { RatingInput } from "../../lib/ratings/schemas";
import { actorByPersonalId, seedCitizen, seedCompleteDraft } from "../support/seed-helpers";

const COMMUNE_OFFICER = "072085100001"; // UBND phường Tân Ninh, the dossiers' agency
const PROVINCE_OFFICER = "072087200001"; // Sở Xây dựng
// The citizen answers indicators 1, 2, 3, 4 and 7; the system scores 5, 6, 8 and 9 (Art. 14(2)–(3)).
const allTwo = Object.fromEntries(CITIZEN_INDICATOR_CODES.map((c) => [c, 2])) as Record<CitizenIndicatorCode, Score>;

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
  it("stores the citizen's five scores with the system's four and their total, readable by the applicant and the agency's staff", async () => {
    const { citizen, id } = await seedDossierIn("RETURNED");
    const answers = { ...allTwo, CONTACTS: 1, ATTITUDE: 0 };
    // Citizen 2 + 2 + 1 + 2 + 0 = 7; system: filed online at the ward (one-stop 2), 1.001193 is
    // published with its documents and time (publicity 2), no feedback (2), fully online (2) = 8.
    await expect(
      rateDossier(citizen, id, { scores: answers, comment: "  Cán bộ hướng dẫn chưa rõ.  " }),
    ).resolves.toEqual({ total: 15 });

    const scores = { ...answers, ONE_STOP: 2, PUBLICITY: 2, FEEDBACK: 2, ONLINE: 2 };
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
    const { ATTITUDE: _omitted, ...four } = allTwo;
    await expect(rateDossier(citizen, id, tampered({ scores: four }))).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Vui lòng chọn mức đánh giá cho chỉ số 7: Thái độ của cán bộ.",
    });
    // Indicators 5, 6, 8 and 9 are not the citizen's to give.
    await expect(rateDossier(citizen, id, tampered({ scores: { ...allTwo, ONLINE: 2 } }))).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Phiếu đánh giá không hợp lệ. Vui lòng đánh giá đủ 5 chỉ số, mỗi chỉ số 0, 1 hoặc 2 điểm.",
    });
    await expect(rateDossier(citizen, id, { scores: { ...allTwo, TOTAL_TIME: 3 } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Mức đánh giá của chỉ số 1 (Tổng thời gian giải quyết) không hợp lệ.",
    });
    await expect(
      rateDossier(citizen, id, { scores: { ...allTwo, AGENCIES: "2" }, comment: "x".repeat(1001) }),
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
