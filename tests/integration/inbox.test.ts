import { openIdNumber } from "../../lib/crypto/personal-data";
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { inboxQuerySchema, listInbox } from "../../lib/dossiers/inbox";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { actorByPersonalId, seedCitizen, seedCompleteDraft } from "../support/seed-helpers";

const COUNTER = "072085100001";
const query = (q: Record<string, unknown>) => inboxQuerySchema.parse(q);

async function submitted(
  name: string,
  change: { channel?: "COUNTER" | "ONLINE" | "POSTAL"; dueAt?: Date; status?: "SUBMITTED" | "PROCESSING" } = {},
) {
  const citizen = await seedCitizen(name);
  const id = await seedCompleteDraft(citizen);
  await submitDossier(citizen, id);
  await db.dossier.update({ where: { id }, data: change });
  return db.dossier.findUniqueOrThrow({
    where: { id },
    select: { id: true, code: true, applicantPersonalId: true, applicantName: true },
  });
}

describe("staff inbox", () => {
  it("finds a dossier by code, by 12-digit ID and by name typed without diacritics", async () => {
    const officer = await actorByPersonalId(COUNTER);
    const d = await submitted("Đặng Thị Ánh Tuyết");
    // The ID number is sealed at rest: staff type it in clear and the keyed hash finds it.
    expect(d.applicantPersonalId).toMatch(/^v1:/);
    for (const q of [d.code!, openIdNumber(d.applicantPersonalId), "dang thi anh tuyet", "ÁNH TUYẾT"]) {
      const { items } = await listInbox(officer, query({ view: "new", q }));
      expect(
        items.map((i) => i.id),
        q,
      ).toContain(d.id);
    }
    expect((await listInbox(officer, query({ view: "new", q: "khong-co-ai-ten-nay" }))).items).toEqual([]);
  });

  it("puts postal and online dossiers before counter ones with the same deadline", async () => {
    const officer = await actorByPersonalId(COUNTER);
    const due = new Date("2031-05-05T10:00:00Z");
    const counter = await submitted("Thứ Tự Quầy", { channel: "COUNTER", dueAt: due });
    const online = await submitted("Thứ Tự Mạng", { channel: "ONLINE", dueAt: due });
    const postal = await submitted("Thứ Tự Bưu", { channel: "POSTAL", dueAt: due });
    const { items } = await listInbox(officer, query({ view: "new", q: "thu tu" }));
    expect(items.map((i) => i.id)).toEqual([postal.id, online.id, counter.id]);
    expect(
      (await listInbox(officer, query({ view: "new", q: "thu tu", channel: "COUNTER" }))).items.map((i) => i.id),
    ).toEqual([counter.id]);
  });

  it("pages by cursor through a long list without gaps or repeats", async () => {
    const officer = await actorByPersonalId(COUNTER);
    const made = new Set<string>();
    for (let i = 0; i < 30; i++) made.add((await submitted(`Phân Trang ${i}`)).id);
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await listInbox(officer, query({ view: "new", q: "phan trang", after }));
      seen.push(...page.items.map((i) => i.id));
      after = page.nextCursor ?? undefined;
    } while (after);
    expect(seen).toHaveLength(30);
    expect(new Set(seen)).toEqual(made);
  });

  it("lists overdue and soon-due dossiers, and ignores malformed parameters", async () => {
    const officer = await actorByPersonalId(COUNTER);
    const late = await submitted("Quá Hạn Một", { status: "PROCESSING", dueAt: new Date(Date.now() - 3_600_000) });
    const soon = await submitted("Sắp Hạn Một", { status: "PROCESSING", dueAt: new Date(Date.now() + 3_600_000) });
    expect((await listInbox(officer, query({ view: "overdue" }))).items.map((i) => i.id)).toContain(late.id);
    expect((await listInbox(officer, query({ view: "overdue" }))).items.map((i) => i.id)).not.toContain(soon.id);
    expect((await listInbox(officer, query({ view: "dueSoon" }))).items.map((i) => i.id)).toContain(soon.id);
    const odd = query({ view: "không-có", procedure: "abc", channel: "FAX", from: "hôm qua", after: "x".repeat(100) });
    expect(odd).toEqual({
      view: "new",
      q: undefined,
      procedure: undefined,
      channel: undefined,
      from: undefined,
      to: undefined,
      after: undefined,
    });
  });

  it("narrows a view by status without widening it", async () => {
    const officer = await actorByPersonalId(COUNTER);
    const late = new Date(Date.now() - 3_600_000);
    const processing = await submitted("Lọc Trạng Thái", { status: "PROCESSING", dueAt: late });
    const waiting = await submitted("Lọc Trạng Thái", { status: "SUBMITTED", dueAt: late });
    const ids = async (q: Record<string, unknown>) =>
      (await listInbox(officer, query({ q: "loc trang thai", ...q }))).items.map((i) => i.id);
    expect(await ids({ view: "overdue" })).toEqual(expect.arrayContaining([processing.id, waiting.id]));
    expect(await ids({ view: "overdue", status: "PROCESSING" })).toEqual([processing.id]);
    // "new" lists SUBMITTED only: asking it for PROCESSING finds nothing rather than other dossiers.
    expect(await ids({ view: "new", status: "PROCESSING" })).toEqual([]);
    expect(query({ status: "DRAFT" }).status).toBeUndefined();
  });
});
