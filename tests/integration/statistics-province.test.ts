// A small province built by hand (docs/statistics.md): three agencies of its own, five officers,
// nine dossiers with chosen reception and result times, in October 2024 (a month no other test
// writes). Every figure of the public statistics and of the leaders' reports is read through the
// code the pages use, and rendered with the pages' components, against values worked out below.
//
// Reception time = Dossier.receivedAt (Mẫu 01, the tracking book), result time = finishedAt.
// Times are in Vietnam (UTC+7). Every deadline is dueAt as the deadline module would store it.
//
// Agency X (procedure PX, toàn trình, published in full), officers An, Bình, leader LX:
//   D1 online  rec Tue 01/10 09:00  due Tue 08/10 17:00  result Thu 03/10 09:00  48 h   EARLY    assigned An, rated 18
//   D2 online  rec Wed 02/10 08:00  due Wed 09/10 17:00  result Wed 09/10 14:00  174 h  ON_TIME  assigned An
//   D3 counter rec Thu 03/10 09:00  due Thu 10/10 17:00  result Fri 11/10 09:00  192 h  LATE     no assignee; the leader
//              started it and Bình proposed the result (DossierEvent PROPOSE_RESULT) → Bình
//   D4 online  filed Mon 07/10 18:00 (after hours) → received Tue 08/10 07:00, due Tue 15/10 17:00, result Mon 07/10
//              19:00 the same evening: −12 h, counted 0 h (never negative)        EARLY    assigned Bình, rated 9
//   D5 postal  rec Wed 09/10 10:00  due Wed 16/10 17:00  still processing (overdue now); no assignee, An recorded
//              the verification (RECORD_VERIFICATION) → An
// Agency Y (procedure PY, partly online, published in full), officer Chi, leader LY:
//   D6 counter rec Mon 14/10 09:00  due Mon 21/10 17:00  result Fri 18/10 21:00  108 h  EARLY    assigned Chi
//   D7 online  rec Tue 15/10 09:00  due Tue 22/10 17:00  result Tue 22/10 17:00  176 h  ON_TIME  assigned Chi
//   D8 counter rec Wed 16/10 09:00  due Wed 23/10 17:00  result Thu 24/10 09:00  192 h  LATE     assigned Chi
//   D9 online  rec Mon 28/10 09:00  due Mon 04/11 17:00  received only (overdue now), nobody yet → "Chưa phân công"
// Agency Z (procedure PZ, toàn trình, published in full): no dossier at all.
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LineTable } from "../../app/(staff)/can-bo/bao-cao/_components/line-table";
import { AgencyTable } from "../../components/statistics/agency-table";
import { FigureList } from "../../components/statistics/figure-list";
import { loadActor, type Actor } from "../../lib/auth/actor";
import { db } from "../../lib/db";
import { effectiveReceptionTime } from "../../lib/deadlines";
import { loadWorkingCalendar } from "../../lib/deadlines/load-calendar";
import { vi } from "../../lib/i18n/vi";
import { PROCESSING_HOURS_SQL, processingHours } from "../../lib/statistics/completion-sql";
import { formatNumber, formatPercent } from "../../lib/statistics/figures";
import { makePeriod } from "../../lib/statistics/period";
import { loadPublicStatistics } from "../../lib/statistics/public";
import { rebuildAllStatistics } from "../../lib/statistics/refresh";
import { loadAgencyReport } from "../../lib/statistics/report";
import { sealedApplicantPersonalId, sealedPersonalId, seedCitizen } from "../support/seed-helpers";

const PERIOD = makePeriod("month", 2024, 10);
const tag = `${Date.now()}`.slice(-6);
/** A Vietnam wall-clock time of October 2024 (or early November). */
const vn = (day: number, hour: number, month = 10) => new Date(Date.UTC(2024, month - 1, day, hour - 7));
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ")
    .trim();

const ids = {
  x: "",
  y: "",
  z: "",
  px: "",
  py: "",
  pz: "",
  an: "",
  binh: "",
  chi: "",
  lx: "",
  ly: "",
  citizen: "",
};
const d: Record<string, string> = {};
let leaderX: Actor;
let leaderY: Actor;
/** D4's reception time, by the deadline module's rule for a filing after office hours. */
let d4ReceivedAt: Date;

async function seedProvince() {
  const unit = await db.agency.findUniqueOrThrow({ where: { code: "000.21.01.H80" }, select: { unitCode: true } });
  const field = await db.procedureField.findFirstOrThrow({ select: { id: true } });
  const agency = async (letter: string) =>
    (
      await db.agency.create({
        data: {
          code: `TKT${letter}.${tag}`,
          name: `UBND xã Tỉnh Mẫu ${letter} ${tag}`,
          level: "COMMUNE",
          unitCode: unit.unitCode,
        },
      })
    ).id;
  ids.x = await agency("X");
  ids.y = await agency("Y");
  ids.z = await agency("Z");
  const procedure = async (letter: string, agencyId: string, serviceLevel: "FULL_ONLINE" | "PARTIAL_ONLINE") => {
    const p = await db.procedure.create({
      data: {
        code: `8.${tag}${letter}`,
        name: `Thủ tục tỉnh mẫu ${letter} ${tag}`,
        nameSearch: `thu tuc tinh mau ${letter}`,
        fieldId: field.id,
        authorityLevel: "COMMUNE",
        serviceLevel,
        steps: "-",
        method: "-",
        applicants: "-",
        result: "-",
        legalBasis: "-",
        formDefinition: { sections: [] },
        agencies: { create: { agencyId } },
        // Published in full: a document component and a processing time.
        components: { create: { sortOrder: 1, name: "Tờ khai", copyType: "ORIGINAL" } },
        timings: { create: { channel: "COUNTER", amount: 5, unit: "WORKING_DAYS" } },
      },
    });
    return p.id;
  };
  ids.px = await procedure("X", ids.x, "FULL_ONLINE");
  ids.py = await procedure("Y", ids.y, "PARTIAL_ONLINE");
  ids.pz = await procedure("Z", ids.z, "FULL_ONLINE");
  let people = 0;
  const person = async (name: string, agencyId: string, role: "LEADER" | "SPECIALIST") => {
    people += 1;
    const u = await db.user.create({
      data: {
        oidcSubject: `tinh-mau-${people}-${tag}`,
        ...sealedPersonalId(`0788${tag}${String(people).padStart(2, "0")}`),
        fullName: `${name} ${tag}`,
      },
    });
    await db.staffMembership.create({ data: { userId: u.id, agencyId, role } });
    return u.id;
  };
  ids.an = await person("An", ids.x, "SPECIALIST");
  ids.binh = await person("Bình", ids.x, "SPECIALIST");
  ids.lx = await person("Lãnh đạo X", ids.x, "LEADER");
  ids.chi = await person("Chi", ids.y, "SPECIALIST");
  ids.ly = await person("Lãnh đạo Y", ids.y, "LEADER");
  ids.citizen = (await seedCitizen("Người Dân Tỉnh Mẫu")).userId;
  leaderX = (await loadActor(ids.lx))!;
  leaderY = (await loadActor(ids.ly))!;

  d4ReceivedAt = effectiveReceptionTime(vn(7, 18), await loadWorkingCalendar(db));

  type Row = {
    key: string;
    agencyId: string;
    procedureId: string;
    channel: "ONLINE" | "POSTAL" | "COUNTER";
    receivedAt: Date;
    dueAt: Date;
    finishedAt?: Date;
    status: "RECEIVED" | "PROCESSING" | "RESOLVED" | "RETURNED";
    assigneeId?: string;
    submittedAt?: Date;
  };
  const rows: Row[] = [
    { key: "D1", agencyId: ids.x, procedureId: ids.px, channel: "ONLINE", receivedAt: vn(1, 9), dueAt: vn(8, 17), finishedAt: vn(3, 9), status: "RETURNED", assigneeId: ids.an }, // prettier-ignore
    { key: "D2", agencyId: ids.x, procedureId: ids.px, channel: "ONLINE", receivedAt: vn(2, 8), dueAt: vn(9, 17), finishedAt: vn(9, 14), status: "RESOLVED", assigneeId: ids.an }, // prettier-ignore
    { key: "D3", agencyId: ids.x, procedureId: ids.px, channel: "COUNTER", receivedAt: vn(3, 9), dueAt: vn(10, 17), finishedAt: vn(11, 9), status: "RETURNED" }, // prettier-ignore
    { key: "D4", agencyId: ids.x, procedureId: ids.px, channel: "ONLINE", submittedAt: vn(7, 18), receivedAt: d4ReceivedAt, dueAt: vn(15, 17), finishedAt: vn(7, 19), status: "RESOLVED", assigneeId: ids.binh }, // prettier-ignore
    { key: "D5", agencyId: ids.x, procedureId: ids.px, channel: "POSTAL", receivedAt: vn(9, 10), dueAt: vn(16, 17), status: "PROCESSING" }, // prettier-ignore
    { key: "D6", agencyId: ids.y, procedureId: ids.py, channel: "COUNTER", receivedAt: vn(14, 9), dueAt: vn(21, 17), finishedAt: vn(18, 21), status: "RETURNED", assigneeId: ids.chi }, // prettier-ignore
    { key: "D7", agencyId: ids.y, procedureId: ids.py, channel: "ONLINE", receivedAt: vn(15, 9), dueAt: vn(22, 17), finishedAt: vn(22, 17), status: "RESOLVED", assigneeId: ids.chi }, // prettier-ignore
    { key: "D8", agencyId: ids.y, procedureId: ids.py, channel: "COUNTER", receivedAt: vn(16, 9), dueAt: vn(23, 17), finishedAt: vn(24, 9), status: "RETURNED", assigneeId: ids.chi }, // prettier-ignore
    { key: "D9", agencyId: ids.y, procedureId: ids.py, channel: "ONLINE", receivedAt: vn(28, 9), dueAt: vn(4, 17, 11), status: "RECEIVED" }, // prettier-ignore
  ];
  for (const [i, r] of rows.entries()) {
    const created = await db.dossier.create({
      data: {
        code: `TKT.${tag}-2410-${String(i + 1).padStart(4, "0")}`,
        procedureId: r.procedureId,
        agencyId: r.agencyId,
        receivingAgencyId: r.agencyId,
        status: r.status,
        channel: r.channel,
        ...sealedApplicantPersonalId("072090000001"),
        applicantName: `Người nộp ${r.key}`,
        applicantNameSearch: `nguoi nop ${r.key.toLowerCase()}`,
        assigneeId: r.assigneeId ?? null,
        submittedAt: r.submittedAt ?? r.receivedAt,
        receivedAt: r.receivedAt,
        dueAt: r.dueAt,
        finishedAt: r.finishedAt ?? null,
        outcome: r.finishedAt ? "GRANTED" : null,
      },
    });
    d[r.key] = created.id;
  }
  // D3: the leader started it, Bình proposed the result; D5: An recorded the verification.
  const event = (dossierId: string, action: string, actorId: string, at: Date) =>
    db.dossierEvent.create({
      data: { dossierId, action, fromStatus: "PROCESSING", toStatus: "PROCESSING", actorId, createdAt: at },
    });
  await event(d.D3, "START_PROCESSING", ids.lx, vn(3, 10));
  await event(d.D3, "PROPOSE_RESULT", ids.binh, vn(10, 15));
  await event(d.D5, "RECORD_VERIFICATION", ids.an, vn(10, 9));
  // Ratings: D1 the full 18 (satisfied), D4 a 9 (not satisfied: below 12, "Tốt").
  for (const [key, score, at] of [
    ["D1", 2, vn(3, 10)],
    ["D4", 1, vn(8, 9)],
  ] as const) {
    const scores = Object.fromEntries(
      [
        "TOTAL_TIME",
        "UNIT_TIME",
        "CONTACTS",
        "AGENCIES",
        "ONE_STOP",
        "PUBLICITY",
        "ATTITUDE",
        "FEEDBACK",
        "ONLINE",
      ].map((c) => [c, score]),
    );
    await db.dossierRating.create({
      data: { dossierId: d[key], userId: ids.citizen, scores, total: 9 * score, createdAt: at },
    });
  }
}

// The audit trail is append-only and names these officers and agencies: the rows stay (the test
// database is thrown away), in a month no other test reads.
beforeAll(async () => {
  await seedProvince();
  await rebuildAllStatistics();
});
// The three procedures leave the published catalogue, which the catalogue tests compare with the seed.
afterAll(async () => {
  await db.procedure.updateMany({ where: { id: { in: [ids.px, ids.py, ids.pz] } }, data: { published: false } });
});

describe("a province built by hand: the definitions", () => {
  it("receives D4, filed at 18:00, at 07:00 the next working day, and counts its evening result as 0 hours", async () => {
    expect(d4ReceivedAt).toEqual(vn(8, 7));
    expect(processingHours(d4ReceivedAt, vn(7, 19))).toBe(0);
    // The summary's SQL says the same as the TypeScript, for D4 and for an ordinary one (D1: 48 h).
    const rows = await db.$queryRawUnsafe<{ id: string; hours: number }[]>(
      `SELECT d."id", (${PROCESSING_HOURS_SQL})::float8 AS hours FROM "Dossier" d WHERE d."id" IN ($1, $2) ORDER BY d."code"`,
      d.D1,
      d.D4,
    );
    expect(rows.map((r) => r.hours)).toEqual([48, 0]);
  });
});

describe("a province built by hand: the public statistics", () => {
  it("gives each agency's counts, rates and average processing time as worked out by hand", async () => {
    const data = (await loadPublicStatistics(PERIOD))!;
    const x = data.agencies.find((a) => a.id === ids.x)!.figures;
    const y = data.agencies.find((a) => a.id === ids.y)!.figures;
    // X: 5 received (online D1 D2 D4, postal D5, counter D3); 4 resolved: early D1 D4, on time D2, late D3.
    expect([x.received, x.online.numerator, x.postal.numerator, x.counter.numerator]).toEqual([5, 3, 1, 1]);
    expect([x.resolved, x.early, x.onTime, x.late]).toEqual([4, 2, 1, 1]);
    expect(x.onTimeRate).toEqual({ numerator: 3, denominator: 4, value: 0.75 });
    // (48 + 174 + 192 + 0) h / 4 / 24 = 4.3125 days (with D4's −12 h it was 4.1875).
    expect(x.averageDays).toBe(4.3125);
    // Legal: D1 176 h, D2 177 h, D3 176 h, D4 178 h (Tue 07:00 → Tue 17:00 a week on) = 707 h / 4 / 24.
    expect(x.averageLegalDays).toBe(707 / 96);
    expect(x.satisfaction).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    expect(x.averageRating).toBe(13.5);
    // Y: 4 received (online D7 D9, counter D6 D8); 3 resolved: early D6, on time D7, late D8.
    expect([y.received, y.online.numerator, y.postal.numerator, y.counter.numerator]).toEqual([4, 2, 0, 2]);
    expect([y.resolved, y.early, y.onTime, y.late]).toEqual([3, 1, 1, 1]);
    expect(y.onTimeRate).toEqual({ numerator: 2, denominator: 3, value: 2 / 3 });
    // (108 + 176 + 192) h / 3 / 24 = 6.6111… days; legal 3 × 176 h / 3 / 24 = 7.3333… days.
    expect(y.averageDays).toBe(476 / 72);
    expect(y.averageLegalDays).toBe(176 / 24);
    expect(y.satisfaction.value).toBeNull();

    // As the page shows them for X alone (?co-quan=…), in Vietnamese.
    const one = (await loadPublicStatistics(PERIOD, `TKTX.${tag}`))!;
    const shown = text(renderToStaticMarkup(FigureList({ f: one.scope.figures, t: vi.statistics, locale: "vi" })));
    expect(shown).toContain("Tỷ lệ giải quyết đúng hạn 75,0 % (3/4)");
    expect(shown).toContain("Hồ sơ tiếp nhận 5 Trực tuyến 3 · Qua bưu chính 1 · Trực tiếp 1");
    expect(shown).toContain("Hồ sơ đã giải quyết 4 Trước hạn 2 · Đúng hạn 1 · Quá hạn 1");
    expect(shown).toContain("Thời gian giải quyết trung bình 4,3 ngày so với thời hạn 7,4 ngày");
    expect(shown).toContain("Tỷ lệ hài lòng 50,0 % (1/2)");
    expect(formatPercent(one.scope.figures.online)).toBe("60,0 %");
    // Y's headline has nobody's rating yet: "no data", never 0 %.
    const oneY = (await loadPublicStatistics(PERIOD, `TKTY.${tag}`))!;
    const shownY = text(renderToStaticMarkup(FigureList({ f: oneY.scope.figures, t: vi.statistics, locale: "vi" })));
    expect(shownY).toContain("Tỷ lệ giải quyết đúng hạn 66,7 % (2/3)");
    expect(shownY).toContain("Thời gian giải quyết trung bình 6,6 ngày so với thời hạn 7,3 ngày");
    expect(shownY).toContain("Tỷ lệ hài lòng Chưa có số liệu");
  });

  it("ranks X then Y on the 766 index and lists Z, which had no dossier, below them as «Chưa có hồ sơ»", async () => {
    const data = (await loadPublicStatistics(PERIOD))!;
    const row = (id: string) => data.agencies.find((a) => a.id === id)!;
    const [x, y, z] = [row(ids.x), row(ids.y), row(ids.z)];
    // X: published in full 9 + on time 14 × 3/4 = 10,5 + apologised 0 of 6 + digitised 0 of 11 + electronic
    // results 0 of 11 + toàn trình procedures 8 + online dossiers 8 × 3/5 = 4,8 + satisfied 12 × 1/2 = 6
    // = 38,3 of 79 reachable points (payments and feedback have nothing to measure).
    expect([x.index.total, x.index.evaluated]).toEqual([38.3, 79]);
    // Y: 9 + 14 × 2/3 = 9,33 + 0 of 6 + 0 of 11 + 0 of 11 + 0 of 8 = 18,33 of 59.
    expect([y.index.total, y.index.evaluated]).toEqual([18.33, 59]);
    // Z: only its catalogue, 9 + 8 = 17 of 17, a share of 100 % that used to put it first.
    expect([z.index.total, z.index.evaluated, z.index.share, z.index.hasDossiers]).toEqual([17, 17, 1, false]);
    // Nobody else has dossiers this month: X and Y are first and second, Z is after both, unranked.
    expect([x.rank, y.rank, z.rank]).toEqual([1, 2, null]);
    const order = data.agencies.map((a) => a.id);
    expect(order.indexOf(ids.z)).toBeGreaterThan(order.indexOf(ids.y));
    expect(data.agencies.slice(0, 2).map((a) => a.id)).toEqual([ids.x, ids.y]);

    const table = renderToStaticMarkup(AgencyTable({ agencies: [x, y, z], t: vi.statistics, locale: "vi" }));
    const rows = [...table.matchAll(/<tr class="border-b">([\s\S]*?)<\/tr>/g)].map((m) => text(m[1]));
    expect(rows).toEqual([
      `1 UBND xã Tỉnh Mẫu X ${tag} 5 4 75,0 % 60,0 % 50,0 % 38,30 79`,
      `2 UBND xã Tỉnh Mẫu Y ${tag} 4 3 66,7 % 50,0 % — 18,33 59`,
      `Chưa có hồ sơ UBND xã Tỉnh Mẫu Z ${tag} 0 0 — — — 17,00 17`,
    ]);
  });
});

describe("a province built by hand: the leaders' reports", () => {
  it("attributes each dossier of X to the officer who handled it, with that officer's figures", async () => {
    const r = await loadAgencyReport(leaderX, { agencyCode: `TKTX.${tag}`, period: PERIOD });
    // An: D1, D2 assigned, D5 by the verification she recorded. Bình: D4 assigned, D3 by his proposal.
    // Nobody is left "Chưa phân công".
    expect(r.byOfficer.map((l) => [l.label, l.figures.received, l.figures.resolved])).toEqual([
      [`An ${tag}`, 3, 2],
      [`Bình ${tag}`, 2, 2],
    ]);
    const an = r.byOfficer[0].figures;
    const binh = r.byOfficer[1].figures;
    expect([an.online.numerator, an.postal.numerator, an.early, an.onTime, an.late]).toEqual([2, 1, 1, 1, 0]);
    expect([binh.online.numerator, binh.counter.numerator, binh.early, binh.onTime, binh.late]).toEqual([
      1, 1, 1, 0, 1,
    ]);
    // An: (48 + 174) / 2 / 24 = 4,625 days; Bình: (192 + 0) / 2 / 24 = 4 days.
    expect([an.averageDays, binh.averageDays]).toEqual([4.625, 4]);

    // As the report's table shows them: the columns of the page and the exports.
    const table = renderToStaticMarkup(
      LineTable({
        title: "Theo cán bộ xử lý",
        first: "Cán bộ",
        lines: r.byOfficer,
        total: r.total,
        testId: "by-officer",
      }),
    );
    const rows = [...table.matchAll(/<tr class="(?:border-b|font-semibold)"[^>]*>([\s\S]*?)<\/tr>/g)].map((m) =>
      text(m[1]),
    );
    // Received, online, postal, counter, resolved, early, on time, late, on-time rate, average, legal, satisfaction.
    expect(rows).toEqual([
      `An ${tag} 3 2 1 0 2 1 1 0 100,0 % 4,63 7,35 100,0 %`,
      `Bình ${tag} 2 1 0 1 2 1 0 1 50,0 % 4,00 7,38 0,0 %`,
      "Tổng cộng 5 3 1 1 4 2 1 1 75,0 % 4,31 7,36 50,0 %",
    ]);

    // The overdue lists name the same officers: D5 open past its deadline (An), D3 decided late (Bình).
    expect(r.overdue.open.map((o) => [o.applicant, o.assignee])).toEqual([["Người nộp D5", `An ${tag}`]]);
    expect(r.overdue.late.map((o) => [o.applicant, o.assignee])).toEqual([["Người nộp D3", `Bình ${tag}`]]);
  });

  it("leaves in Y's report only the dossier nobody handled yet under «Chưa phân công»", async () => {
    const r = await loadAgencyReport(leaderY, { agencyCode: `TKTY.${tag}`, period: PERIOD });
    expect(r.byOfficer.map((l) => [l.label, l.figures.received, l.figures.resolved])).toEqual([
      [`Chi ${tag}`, 3, 3],
      ["Chưa phân công", 1, 0],
    ]);
    expect(formatNumber(r.byOfficer[0].figures.averageDays, "vi", 2)).toBe("6,61");
    expect(formatPercent(r.total.figures.onTimeRate)).toBe("66,7 %");
    expect(r.overdue.open.map((o) => [o.applicant, o.assignee])).toEqual([["Người nộp D9", null]]);
    expect(r.overdue.late.map((o) => [o.applicant, o.assignee])).toEqual([["Người nộp D8", `Chi ${tag}`]]);
  });
});
