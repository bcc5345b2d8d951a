// Codes as people type them (lower-case on a phone, spaces around), parts of codes in the staff
// search, the "Tất cả hồ sơ" tab and the counts on every tab, scoped like the lists.
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { inboxCounts, inboxQuerySchema, listInbox, type InboxQuery } from "../../lib/dossiers/inbox";
import { lookupDossierByCode } from "../../lib/dossiers/queries";
import { submitDossier } from "../../lib/submission/submit-dossier";
import type { Actor } from "../../lib/auth/actor";
import { actorByPersonalId, seedCitizen, seedCompleteDraft } from "../support/seed-helpers";

const COUNTER = "072085100001"; // Phạm Thị Dung, UBND phường Tân Ninh
const PROVINCE_COUNTER = "072087200001"; // Đặng Thu Hà, a province department: another agency
const query = (q: Record<string, unknown>) => inboxQuerySchema.parse(q);

async function submitted(name: string) {
  const citizen = await seedCitizen(name);
  const id = await seedCompleteDraft(citizen);
  const { code } = await submitDossier(citizen, id);
  // A deadline far ahead: neither "due soon" nor "overdue".
  await db.dossier.update({ where: { id }, data: { dueAt: new Date("2031-06-02T10:00:00Z") } });
  return { id, code: code! };
}

/** Every page of a list, by its cursor (a part such as "0001" matches many dossiers). */
async function allPages(actor: Actor, q: InboxQuery) {
  const ids: string[] = [];
  const codes: string[] = [];
  let after: string | undefined;
  for (let i = 0; i < 200; i++) {
    const page = await listInbox(actor, { ...q, after });
    ids.push(...page.items.map((d) => d.id));
    codes.push(...page.items.map((d) => d.code!));
    if (!page.nextCursor) break;
    after = page.nextCursor;
  }
  return { ids, codes };
}

describe("dossier codes as typed", () => {
  it("the public lookup finds a code typed in lower case with spaces around and inside", async () => {
    const d = await submitted("Tra Cứu Chữ Thường");
    expect(d.code).toMatch(/^000\.21\.01\.H80-\d{6}-\d{4}$/);
    for (const typed of [d.code, d.code.toLowerCase(), `  ${d.code.toLowerCase()} `, d.code.replace("-", " - ")]) {
      expect((await lookupDossierByCode(typed))?.code, typed).toBe(d.code);
    }
    // A part of a code never lists dossiers to a stranger.
    expect(await lookupDossierByCode(d.code.slice(-11))).toBeNull();
    expect(await lookupDossierByCode("0001")).toBeNull();
  });

  it("the staff search finds a whole code in any case, and the parts of a code officers are read", async () => {
    const officer = await actorByPersonalId(COUNTER);
    const d = await submitted("Tìm Mã Một Phần");
    const dayAndSequence = d.code.slice(-11); // e.g. "261208-0001"
    const sequence = d.code.slice(-4); // e.g. "0001"
    for (const q of [` ${d.code.toLowerCase()}  `, dayAndSequence, `${dayAndSequence.toLowerCase()} `, sequence]) {
      const { ids, codes } = await allPages(officer, query({ view: "all", q }));
      expect(ids, q).toContain(d.id);
      // Only codes that hold the part typed.
      for (const code of codes) expect(code, q).toContain(q.trim().toUpperCase());
    }
  });
});

describe("the tabs and their counts", () => {
  it("counts every tab with the search, lists the search over all tabs, and follows the dossier", async () => {
    const officer = await actorByPersonalId(COUNTER);
    const d = await submitted("Đếm Thẻ Danh Sách");
    const q = "dem the danh sach";
    const zero = {
      new: 0,
      received: 0,
      processing: 0,
      approval: 0,
      mine: 0,
      waitingOpinion: 0,
      opinions: 0,
      dueSoon: 0,
      overdue: 0,
      resolved: 0,
      done: 0,
      all: 0,
    };
    expect(await inboxCounts(officer, query({ view: "received", q }))).toEqual({ ...zero, new: 1, all: 1 });
    // Searched from the "Tất cả hồ sơ" tab: found whatever its step.
    expect((await listInbox(officer, query({ view: "all", q }))).items.map((i) => [i.id, i.applicantName])).toEqual([
      // seedCitizen numbers its people: "Đếm Thẻ Danh Sách 3".
      [d.id, expect.stringMatching(/^Đếm Thẻ Danh Sách \d+$/)],
    ]);
    expect((await listInbox(officer, query({ view: "received", q }))).items).toEqual([]);

    await db.dossier.update({ where: { id: d.id }, data: { status: "RECEIVED" } });
    expect(await inboxCounts(officer, query({ view: "new", q }))).toEqual({ ...zero, received: 1, all: 1 });
    // The code search counts the same way.
    expect(await inboxCounts(officer, query({ q: d.code.toLowerCase() }))).toEqual({ ...zero, received: 1, all: 1 });

    // Another agency's officer neither lists nor counts it.
    const other = await actorByPersonalId(PROVINCE_COUNTER);
    expect(await inboxCounts(other, query({ q }))).toEqual(zero);
    expect((await listInbox(other, query({ view: "all", q: d.code }))).items).toEqual([]);
    // Nor does a citizen, who holds no agency.
    expect(await inboxCounts(await seedCitizen(), query({ q }))).toEqual(zero);
  });
});
