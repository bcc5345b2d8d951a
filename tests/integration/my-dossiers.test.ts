import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { listMyDossiers, MY_DOSSIERS_PAGE_SIZE } from "../../lib/dossiers/queries";
import { sealedApplicantPersonalId, seedCitizen } from "../support/seed-helpers";

describe("Hồ sơ của tôi, a page at a time", () => {
  it("pages newest first without gaps or repeats, and ignores a cursor that is not the applicant's", async () => {
    const citizen = await seedCitizen("Nhiều Hồ Sơ");
    const other = await seedCitizen("Người Khác");
    const pair = await db.procedureAgency.findFirstOrThrow({ select: { procedureId: true, agencyId: true } });
    const base = Date.UTC(2026, 0, 5, 2);
    // 45 dossiers, two of every pair created in the same millisecond (the id breaks the tie).
    const rows = Array.from({ length: 45 }, (_, i) => ({
      ...pair,
      channel: "ONLINE" as const,
      applicantId: citizen.userId,
      ...sealedApplicantPersonalId("099000000000"),
      applicantName: citizen.fullName,
      applicantNameSearch: "nhieu ho so",
      createdAt: new Date(base + Math.floor(i / 2) * 60_000),
    }));
    await db.dossier.createMany({ data: rows });
    const foreign = await db.dossier.create({ data: { ...rows[0], applicantId: other.userId }, select: { id: true } });
    const expected = (
      await db.dossier.findMany({
        where: { applicantId: citizen.userId },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true },
      })
    ).map((d) => d.id);

    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await listMyDossiers(citizen, after);
      expect(page.items.length).toBeLessThanOrEqual(MY_DOSSIERS_PAGE_SIZE);
      seen.push(...page.items.map((d) => d.id));
      after = page.nextCursor ?? undefined;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(expected);

    // Another person's dossier id as the cursor: the list starts from the top, showing nothing of theirs.
    const fromForeign = await listMyDossiers(citizen, foreign.id);
    expect(fromForeign.paged).toBe(false);
    expect(fromForeign.items.map((d) => d.id)).toEqual(expected.slice(0, MY_DOSSIERS_PAGE_SIZE));
    expect((await listMyDossiers(other)).items.map((d) => d.id)).toEqual([foreign.id]);
  });
});
