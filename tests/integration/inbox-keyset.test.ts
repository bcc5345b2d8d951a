// Paging the inbox by its keyset cursor (lib/dossiers/inbox.ts `after`): with deadlines shared
// by many dossiers, dossiers without a deadline, and every channel, the pages put together are
// exactly the whole list in the inbox order, with no gap and no repeat.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { INBOX_PAGE_SIZE, inboxQuerySchema, listInbox } from "../../lib/dossiers/inbox";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { actorByPersonalId, seedCitizen, seedCompleteDraft } from "../support/seed-helpers";

const COUNTER = "072085100001";
const ROWS = 180;

beforeAll(async () => {
  const citizen = await seedCitizen("Mẫu Trang Khóa");
  const id = await seedCompleteDraft(citizen);
  await submitDossier(citizen, id);
  const model = await db.dossier.findUniqueOrThrow({ where: { id }, select: { procedureId: true, agencyId: true } });
  // Five deadlines shared by many dossiers, one in six without a deadline, submission times that tie too.
  await db.$executeRawUnsafe(
    `INSERT INTO "Dossier" ("id", "code", "procedureId", "agencyId", "receivingAgencyId", "status", "channel",
       "applicantPersonalId", "applicantName", "applicantNameSearch", "submittedAt", "dueAt", "updatedAt")
     SELECT 'ks-' || lpad(g::text, 4, '0'), 'KS.00.00.H80-260101-' || lpad(g::text, 4, '0'), $1, $2, $2,
       (ARRAY['RETURNED','REFUSED','WITHDRAWN','STOPPED']::"DossierStatus"[])[1 + g % 4],
       (ARRAY['COUNTER','ONLINE','POSTAL']::"Channel"[])[1 + (g / 4) % 3],
       lpad((73000000000 + g)::text, 12, '0'), 'Người Khóa ' || g, 'nguoi khoa ' || g,
       TIMESTAMP '2026-01-01' + (g % 3) * INTERVAL '1 day',
       CASE WHEN g % 6 = 0 THEN NULL ELSE TIMESTAMP '2026-02-01' + (g % 5) * INTERVAL '1 day' END, now()
     FROM generate_series(1, ${ROWS}) AS g`,
    model.procedureId,
    model.agencyId,
  );
});

afterAll(async () => {
  await db.$executeRawUnsafe(`DELETE FROM "Dossier" WHERE "id" LIKE 'ks-%'`);
});

describe("inbox keyset paging", () => {
  it("pages through ties and missing deadlines in the inbox order without gaps or repeats", async () => {
    const officer = await actorByPersonalId(COUNTER);
    const agencyIds = officer.memberships.map((m) => m.agencyId);
    const expected = await db.dossier.findMany({
      where: { agencyId: { in: agencyIds }, status: { in: ["RETURNED", "REFUSED", "WITHDRAWN", "STOPPED"] } },
      orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { channel: "desc" }, { submittedAt: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    expect(expected.length).toBeGreaterThanOrEqual(ROWS);
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await listInbox(officer, inboxQuerySchema.parse({ view: "done", after }));
      expect(page.items.length).toBeLessThanOrEqual(INBOX_PAGE_SIZE);
      seen.push(...page.items.map((i) => i.id));
      after = page.nextCursor ?? undefined;
    } while (after);
    expect(seen).toEqual(expected.map((e) => e.id));
  });

  it("keeps the other filters while paging, and an unknown cursor lists nothing", async () => {
    const officer = await actorByPersonalId(COUNTER);
    const first = await listInbox(officer, inboxQuerySchema.parse({ view: "done", channel: "POSTAL" }));
    const second = await listInbox(
      officer,
      inboxQuerySchema.parse({ view: "done", channel: "POSTAL", after: first.nextCursor ?? undefined }),
    );
    expect([...first.items, ...second.items].every((i) => i.channel === "POSTAL")).toBe(true);
    expect(second.items.map((i) => i.id)).not.toContain(first.items[0].id);
    expect(await listInbox(officer, inboxQuerySchema.parse({ view: "done", after: "khong-co-ho-so-nay" }))).toEqual({
      items: [],
      nextCursor: null,
    });
  });
});
