// Statistics (docs/statistics.md): every figure of the public statistics, the leader's report and its CSV/XLSX exports,
// on a seeded month with known answers (40 dossiers: 25 online, 5 postal, 10 at the counter;
// 32 resolved of which 9 early, 20 on time, 3 late), each also checked against a direct
// computation on the dossiers themselves (rows read back, classified by lib/deadlines).
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "../../app/api/bao-cao/route";
import { loadActor, type Actor } from "../../lib/auth/actor";
import { db } from "../../lib/db";
import { classifyCompletion } from "../../lib/deadlines";
import { COMPLETION_SQL } from "../../lib/statistics/completion-sql";
import { GROUPS } from "../../lib/statistics/index-766";
import { makePeriod, parsePeriod } from "../../lib/statistics/period";
import { loadPublicStatistics } from "../../lib/statistics/public";
import { rebuildAllStatistics, refreshStatistics } from "../../lib/statistics/refresh";
import { loadAgencyReport } from "../../lib/statistics/report";
import { assignSpecialist } from "../../lib/dossiers/commands/assign-specialist";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { takeStaffAction } from "../../lib/processing/take-staff-action";
import { currentPeriod } from "../../lib/statistics/period";
import {
  actorByPersonalId,
  sealedApplicantPersonalId,
  sealedPersonalId,
  seedCitizen,
  seedCompleteDraft,
} from "../support/seed-helpers";
import { signedIn } from "../support/signed-in-actor";

vi.mock("../../lib/auth/actor", async (original) =>
  (await import("../support/signed-in-actor")).withSignedInActor(await original()),
);

const PERIOD = makePeriod("month", 2025, 3);
const H = 3_600_000;
const tag = `${Date.now()}`.slice(-6);
const ids = { agency: "", p1: "", p2: "", leader: "", a: "", b: "", citizen: "" };
let leader: Actor;
const dossierIds: string[] = [];

// The 40 dossiers: i < 25 online, < 30 postal, else counter; i < 30 of the toàn trình procedure.
// Resolved: i < 9 early, < 29 on time, < 32 late; 32–36 processing, 37–39 received (all overdue now).
const kindOf = (i: number) => (i < 9 ? "EARLY" : i < 29 ? "ON_TIME" : i < 32 ? "LATE" : "OPEN");
const EXPECTED = {
  received: 40,
  online: 25,
  postal: 5,
  counter: 10,
  resolved: 32,
  early: 9,
  onTime: 20,
  late: 3,
  elapsedHours: 9 * 48 + 20 * 119 + 3 * 144,
  timed: 32,
  ratings: 10,
  ratingTotal: 6 * 18 + 2 * 12 + 2 * 9,
  satisfied: 8,
  feedback: 4,
  answered: 3,
};

async function seedWorld() {
  const unit = await db.agency.findUniqueOrThrow({ where: { code: "000.21.01.H80" }, select: { unitCode: true } });
  const field = await db.procedureField.findFirstOrThrow({ select: { id: true } });
  ids.agency = (
    await db.agency.create({
      data: { code: `TK.${tag}`, name: `UBND xã Thống Kê ${tag}`, level: "COMMUNE", unitCode: unit.unitCode },
    })
  ).id;
  const procedure = (n: number, serviceLevel: "FULL_ONLINE" | "PARTIAL_ONLINE") =>
    db.procedure.create({
      data: {
        code: `9.${tag}${n}`,
        name: `Thủ tục thống kê ${n} ${tag}`,
        nameSearch: `thu tuc thong ke ${n}`,
        fieldId: field.id,
        authorityLevel: "COMMUNE",
        serviceLevel,
        steps: "-",
        method: "-",
        applicants: "-",
        result: "-",
        legalBasis: "-",
        formDefinition: { sections: [] },
        agencies: { create: { agencyId: ids.agency } },
      },
    });
  ids.p1 = (await procedure(1, "FULL_ONLINE")).id;
  ids.p2 = (await procedure(2, "PARTIAL_ONLINE")).id;
  // Only the first is published in full (a component and a processing time).
  await db.documentComponent.create({
    data: { procedureId: ids.p1, sortOrder: 1, name: "Tờ khai", copyType: "ORIGINAL" },
  });
  await db.procedureTiming.create({
    data: { procedureId: ids.p1, channel: "ONLINE", amount: 5, unit: "WORKING_DAYS" },
  });
  const person = async (name: string, role?: "LEADER" | "SPECIALIST") => {
    const u = await db.user.create({
      data: {
        oidcSubject: `stat-${name}-${tag}`,
        // Sealed like every stored ID number (lib/crypto), never in clear.
        ...sealedPersonalId(`0777${tag}${String(Object.keys(ids).indexOf(name)).padStart(2, "0")}`),
        fullName: `${name} ${tag}`,
      },
    });
    if (role) await db.staffMembership.create({ data: { userId: u.id, agencyId: ids.agency, role } });
    return u.id;
  };
  ids.leader = await person("leader", "LEADER");
  ids.a = await person("a", "SPECIALIST");
  ids.b = await person("b", "SPECIALIST");
  ids.citizen = (await seedCitizen("Người Đánh Giá")).userId;
  leader = (await loadActor(ids.leader))!;

  for (let i = 0; i < 40; i++) {
    const receivedAt = new Date(Date.UTC(2025, 2, 3 + (i % 20), 2)); // 09:00 in Vietnam, 3–22 March
    const dueAt = new Date(receivedAt.getTime() + 120 * H);
    const kind = kindOf(i);
    const finishedAt =
      kind === "EARLY"
        ? new Date(receivedAt.getTime() + 48 * H)
        : kind === "ON_TIME"
          ? new Date(dueAt.getTime() - H)
          : kind === "LATE"
            ? new Date(dueAt.getTime() + 24 * H)
            : null;
    const d = await db.dossier.create({
      data: {
        code: `TK.${tag}-250301-${String(i + 1).padStart(4, "0")}`,
        procedureId: i < 30 ? ids.p1 : ids.p2,
        agencyId: ids.agency,
        receivingAgencyId: ids.agency,
        status: kind === "OPEN" ? (i < 37 ? "PROCESSING" : "RECEIVED") : i % 2 ? "RETURNED" : "RESOLVED",
        channel: i < 25 ? "ONLINE" : i < 30 ? "POSTAL" : "COUNTER",
        ...sealedApplicantPersonalId("072090000001"),
        applicantName: `Người nộp ${i}`,
        applicantNameSearch: `nguoi nop ${i}`,
        assigneeId: i < 20 ? ids.a : i < 35 ? ids.b : null,
        submittedAt: receivedAt,
        receivedAt,
        dueAt,
        finishedAt,
        outcome: finishedAt ? "GRANTED" : null,
      },
    });
    dossierIds.push(d.id);
    if (i < 30)
      await db.attachment.create({
        data: {
          dossierId: d.id,
          fileName: "to-khai.pdf",
          mimeType: "application/pdf",
          sizeBytes: 10,
          sha256: "0".repeat(64),
          storageKey: `stat-${d.id}`,
        },
      });
    if (i < 10)
      await db.attachment.create({
        data: {
          dossierId: d.id,
          kind: "RESULT",
          fileName: "ket-qua.pdf",
          mimeType: "application/pdf",
          sizeBytes: 10,
          sha256: "0".repeat(64),
          storageKey: `stat-r-${d.id}`,
        },
      });
    if (i === 29 || i === 37)
      await db.reappointment.create({
        data: {
          dossierId: d.id,
          state: "ISSUED",
          previousDueAt: dueAt,
          newDueAt: dueAt,
          reason: `Chờ xác minh ${i}`,
          issuedAt: receivedAt,
        },
      });
    if (i < 6) {
      const bill = await db.bill.create({
        data: { dossierId: d.id, totalVnd: 10000, state: "PAID", paidAt: receivedAt },
      });
      await db.payment.create({
        data: {
          billId: bill.id,
          method: i < 4 ? "ONLINE" : "CASH",
          state: "SUCCEEDED",
          amountVnd: 10000,
          txnRef: `stat-${tag}-${i}`,
          settledAt: receivedAt,
        },
      });
    }
    if (i < 10) {
      const score = i < 6 ? 2 : i < 8 ? null : 1; // 6 × 18, 2 × 12 (six 2s and three 0s), 2 × 9
      const codes = [
        "TOTAL_TIME",
        "UNIT_TIME",
        "CONTACTS",
        "AGENCIES",
        "ONE_STOP",
        "PUBLICITY",
        "ATTITUDE",
        "FEEDBACK",
        "ONLINE",
      ];
      const scores = Object.fromEntries(codes.map((c, k) => [c, score ?? (k < 6 ? 2 : 0)]));
      await db.dossierRating.create({
        data: {
          dossierId: d.id,
          userId: ids.citizen,
          scores,
          total: Object.values(scores).reduce((a, b) => a + b, 0),
          createdAt: new Date(finishedAt!.getTime() + H),
        },
      });
    }
    if (i < 4)
      await db.feedback.create({
        data: {
          dossierId: d.id,
          userId: ids.citizen,
          subject: "Góp ý",
          content: "Nội dung",
          state: i < 3 ? "ANSWERED" : "OPEN",
          reply: i < 3 ? "Đã trả lời" : null,
          createdAt: receivedAt,
        },
      });
  }
}

/** The figures computed straight from the dossiers of the scope, without the summary table. */
async function direct(agencyId: string | null) {
  const from = new Date(Date.UTC(2025, 2, 1) - 7 * H);
  const to = new Date(Date.UTC(2025, 3, 1) - 7 * H);
  const scope = agencyId ? { agencyId } : {};
  const received = await db.dossier.findMany({
    where: { ...scope, receivedAt: { gte: from, lt: to } },
    select: { channel: true, assigneeId: true, procedure: { select: { serviceLevel: true } } },
  });
  const resolved = await db.dossier.findMany({
    where: { ...scope, status: { in: ["RESOLVED", "RETURNED"] }, finishedAt: { gte: from, lt: to } },
    select: { finishedAt: true, dueAt: true, receivedAt: true, assigneeId: true },
  });
  const classes = resolved.filter((d) => d.dueAt).map((d) => classifyCompletion(d.finishedAt!, d.dueAt!));
  const count = (c: string) => classes.filter((k) => k === c).length;
  return {
    received: received.length,
    online: received.filter((d) => d.channel === "ONLINE").length,
    postal: received.filter((d) => d.channel === "POSTAL").length,
    counter: received.filter((d) => d.channel === "COUNTER").length,
    fullOnline: received.filter((d) => d.procedure.serviceLevel === "FULL_ONLINE").length,
    fullOnlineOnline: received.filter((d) => d.procedure.serviceLevel === "FULL_ONLINE" && d.channel === "ONLINE")
      .length,
    resolved: resolved.length,
    early: count("EARLY"),
    onTime: count("ON_TIME"),
    late: count("LATE"),
    byOfficer: (id: string | null) => ({
      received: received.filter((d) => d.assigneeId === id).length,
      resolved: resolved.filter((d) => d.assigneeId === id).length,
    }),
  };
}

beforeAll(async () => {
  await seedWorld();
  await rebuildAllStatistics();
});

afterAll(async () => {
  await db.dossier.deleteMany({ where: { agencyId: ids.agency } });
  await db.procedure.deleteMany({ where: { id: { in: [ids.p1, ids.p2] } } });
  await db.agency.delete({ where: { id: ids.agency } });
  await rebuildAllStatistics();
});

describe("the public statistics", () => {
  it("gives every figure of the agency as seeded, and each equals the direct computation", async () => {
    const data = (await loadPublicStatistics(PERIOD))!;
    const row = data.agencies.find((a) => a.id === ids.agency)!;
    const f = row.figures;
    expect({
      received: f.received,
      online: f.online.numerator,
      postal: f.postal.numerator,
      counter: f.counter.numerator,
      resolved: f.resolved,
      early: f.early,
      onTime: f.onTime,
      late: f.late,
    }).toEqual({ received: 40, online: 25, postal: 5, counter: 10, resolved: 32, early: 9, onTime: 20, late: 3 });
    expect(f.onTimeRate).toEqual({ numerator: 29, denominator: 32, value: 29 / 32 });
    expect(f.online.value).toBe(25 / 40);
    expect(f.postal.value).toBe(5 / 40);
    expect(f.fullOnlineProcedures).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    expect(f.fullOnlineDossiers).toEqual({ numerator: 25, denominator: 30, value: 25 / 30 });
    expect(f.averageDays).toBeCloseTo(EXPECTED.elapsedHours / 32 / 24, 9);
    expect(f.averageLegalDays).toBeCloseTo(5, 9);
    expect(f.satisfaction).toEqual({ numerator: 8, denominator: 10, value: 0.8 });
    expect(f.averageRating).toBe(15);

    const sql = await direct(ids.agency);
    expect([
      f.received,
      f.online.numerator,
      f.postal.numerator,
      f.counter.numerator,
      f.resolved,
      f.early,
      f.onTime,
      f.late,
      f.fullOnlineDossiers.denominator,
      f.fullOnlineDossiers.numerator,
    ]).toEqual([
      sql.received,
      sql.online,
      sql.postal,
      sql.counter,
      sql.resolved,
      sql.early,
      sql.onTime,
      sql.late,
      sql.fullOnline,
      sql.fullOnlineOnline,
    ]);
  });

  it("gives the province's figures as the direct computation over every agency, and the monthly chart adds up to them", async () => {
    const data = (await loadPublicStatistics(PERIOD))!;
    const f = data.scope.figures;
    const sql = await direct(null);
    expect([
      f.received,
      f.online.numerator,
      f.postal.numerator,
      f.counter.numerator,
      f.resolved,
      f.early,
      f.onTime,
      f.late,
    ]).toEqual([sql.received, sql.online, sql.postal, sql.counter, sql.resolved, sql.early, sql.onTime, sql.late]);
    expect(f.onTimeRate.value).toBe((sql.early + sql.onTime) / (sql.early + sql.onTime + sql.late));
    expect(data.months).toEqual([
      {
        month: "2025-03",
        received: sql.received,
        resolved: sql.resolved,
        early: sql.early,
        onTime: sql.onTime,
        late: sql.late,
      },
    ]);
    const [catalogue] = await db.$queryRaw<
      { n: number; full: number }[]
    >`SELECT COUNT(*)::int AS n, COUNT(*) FILTER (WHERE "serviceLevel" = 'FULL_ONLINE')::int AS full FROM "Procedure" WHERE "published"`;
    expect(f.fullOnlineProcedures).toEqual({
      numerator: catalogue.full,
      denominator: catalogue.n,
      value: catalogue.full / catalogue.n,
    });
    // Narrowed to one agency, the headline is that agency's.
    const one = (await loadPublicStatistics(PERIOD, `TK.${tag}`))!;
    expect(one.scope.figures.received).toBe(40);
    expect(one.months[0].late).toBe(3);
    expect(await loadPublicStatistics(PERIOD, "KHONG.CO")).toBeNull();

    // And once more as one SQL aggregate over the dossiers and evaluations, for the agency.
    const [q] = await db.$queryRaw<Record<string, number>[]>`
      SELECT COUNT(*) FILTER (WHERE "receivedAt" >= ${new Date("2025-02-28T17:00:00Z")} AND "receivedAt" < ${new Date("2025-03-31T17:00:00Z")})::int AS received,
        COUNT(*) FILTER (WHERE "status" IN ('RESOLVED', 'RETURNED') AND "finishedAt" >= ${new Date("2025-02-28T17:00:00Z")} AND "finishedAt" < ${new Date("2025-03-31T17:00:00Z")})::int AS resolved,
        COUNT(*) FILTER (WHERE "status" IN ('RESOLVED', 'RETURNED') AND "finishedAt" > "dueAt")::int AS late,
        (SELECT COUNT(*) FROM "DossierRating" r JOIN "Dossier" x ON x."id" = r."dossierId" WHERE x."agencyId" = ${ids.agency} AND r."total" >= 12)::int AS satisfied,
        (SELECT AVG(r."total") FROM "DossierRating" r JOIN "Dossier" x ON x."id" = r."dossierId" WHERE x."agencyId" = ${ids.agency})::float8 AS average
      FROM "Dossier" WHERE "agencyId" = ${ids.agency}`;
    const row = data.agencies.find((a) => a.id === ids.agency)!.figures;
    expect(q).toEqual({
      received: row.received,
      resolved: row.resolved,
      late: row.late,
      satisfied: row.satisfaction.numerator,
      average: row.averageRating,
    });
  });

  it("scores the 766 index from the same figures: indicators, groups that add up, and the ranking", async () => {
    const data = (await loadPublicStatistics(PERIOD))!;
    const { index, rank } = data.agencies.find((a) => a.id === ids.agency)!;
    const byCode = Object.fromEntries(index.groups.flatMap((g) => g.indicators).map((i) => [i.code, i]));
    const expected: Record<string, [number, number] | null> = {
      PUBLISHED_IN_FULL: [1, 2],
      PUBLISHED_ON_TIME: null,
      ON_TIME_RATE: [29, 32],
      LATE_APOLOGISED: [1, 3],
      DIGITISED_DOSSIERS: [30, 40],
      ELECTRONIC_RESULTS: [10, 32],
      FULL_ONLINE_PROCEDURES: [1, 2],
      ONLINE_DOSSIERS: [25, 30],
      ONLINE_PAYMENTS: [4, 6],
      SATISFIED_RATINGS: [8, 10],
      FEEDBACK_ANSWERED: [3, 4],
    };
    for (const [code, q] of Object.entries(expected)) {
      const i = byCode[code];
      if (q === null) {
        expect(i.status, code).toBe("NO_DATA");
        expect(i.score, code).toBeNull();
      } else {
        expect([i.ratio!.numerator, i.ratio!.denominator], code).toEqual(q);
        expect(i.score, code).toBeCloseTo(i.points * (q[0] / q[1]), 2);
      }
    }
    expect(index.groups.map((g) => [g.code, g.points])).toEqual(GROUPS.map((g) => [g.code, g.points]));
    for (const g of index.groups)
      expect(g.score).toBeCloseTo(
        g.indicators.reduce((a, i) => a + (i.score ?? 0), 0),
        6,
      );
    expect(index.total).toBeCloseTo(
      index.groups.reduce((a, g) => a + g.score, 0),
      6,
    );
    expect(index.evaluated).toBe(100 - 9);
    expect(rank).not.toBeNull();
    const ranks = data.agencies.filter((a) => a.rank !== null).map((a) => a.index.share!);
    expect(ranks).toEqual([...ranks].sort((x, y) => y - x));
  });

  it("stores early / on time / late by the deadline module's rule, in SQL as in lib/deadlines", async () => {
    const rows = await db.dossier.findMany({
      where: { id: { in: dossierIds }, finishedAt: { not: null } },
      select: { finishedAt: true, dueAt: true, completion: true },
    });
    expect(rows).toHaveLength(32);
    for (const r of rows) expect(r.completion).toBe(classifyCompletion(r.finishedAt!, r.dueAt!));
    // Edge cases: at the due instant, at midnight in Vietnam, a minute before it.
    const due = new Date("2026-03-10T10:00:00Z"); // 17:00 in Vietnam
    const cases = [
      due,
      new Date(due.getTime() + 1),
      new Date("2026-03-09T17:00:00Z"),
      new Date("2026-03-09T16:59:00Z"),
      new Date("2026-03-01T00:00:00Z"),
    ];
    for (const finishedAt of cases) {
      const [{ c }] = await db.$queryRawUnsafe<{ c: string }[]>(
        `SELECT ${COMPLETION_SQL}::text AS c FROM (SELECT $1::timestamp AS "finishedAt", $2::timestamp AS "dueAt") t`,
        finishedAt,
        due,
      );
      expect(c, finishedAt.toISOString()).toBe(classifyCompletion(finishedAt, due));
    }
  });
});

describe("the leader's report", () => {
  it("gives the agency by procedure and by officer, the overdue lists with reasons and the citizen evaluation with its class", async () => {
    const r = await loadAgencyReport(leader, { agencyCode: `TK.${tag}`, period: PERIOD });
    expect(r.total.figures.received).toBe(40);
    const p1 = r.byProcedure.find((l) => l.key === ids.p1)!.figures;
    const p2 = r.byProcedure.find((l) => l.key === ids.p2)!.figures;
    expect([p1.received, p1.online.numerator, p1.postal.numerator, p1.resolved, p1.late]).toEqual([30, 25, 5, 30, 1]);
    expect([p2.received, p2.counter.numerator, p2.resolved, p2.late]).toEqual([10, 10, 2, 2]);
    const sql = await direct(ids.agency);
    for (const [id, name] of [
      [ids.a, `a ${tag}`],
      [ids.b, `b ${tag}`],
      [null, "Chưa phân công"],
    ] as const) {
      const line = r.byOfficer.find((l) => l.key === (id ?? ""))!;
      expect(line.label).toBe(name);
      expect({ received: line.figures.received, resolved: line.figures.resolved }).toEqual(sql.byOfficer(id));
    }
    expect(r.byOfficer.find((l) => l.key === ids.a)!.figures.received).toBe(20);
    expect(r.overdue.open).toHaveLength(8);
    expect(r.overdue.open.find((d) => d.code?.endsWith("-0038"))!.reason).toBe("Chờ xác minh 37");
    expect(r.overdue.late.map((d) => d.code?.slice(-4))).toEqual(["0030", "0031", "0032"]);
    expect(r.overdue.late[0].reason).toBe("Chờ xác minh 29");
    expect(r.overdue.late[1].reason).toBeNull();
    expect(r.evaluation.ratings).toBe(10);
    expect(r.evaluation.averageTotal).toBe(15);
    expect(r.evaluation.agencyClass).toEqual({ code: "EXCELLENT", label: "Xuất sắc" });
    // Indicator 1: six 2s, two 2s, two 1s over 10 ratings; indicator 9: six 2s, two 0s, two 1s.
    expect(r.evaluation.indicators[0].average).toBe(1.8);
    expect(r.evaluation.indicators[8].average).toBe(1.4);
  });

  it("exports the same figures as CSV and XLSX", async () => {
    signedIn.actor = leader;
    const csv = await GET(
      new Request(`http://localhost/api/bao-cao?co-quan=TK.${tag}&ky=thang&nam=2025&so=3&dinh-dang=csv`),
    );
    expect(csv.status).toBe(200);
    expect(csv.headers.get("Content-Disposition")).toBe(
      `attachment; filename="bao-cao-TK.${tag}-2025-thang-3.csv"; filename*=UTF-8''bao-cao-TK.${tag}-2025-thang-3.csv`,
    );
    const lines = (await csv.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n")
      .map((l) => l.split(","));
    expect(lines[0].slice(2, 11)).toEqual([
      "Tiếp nhận",
      "Trực tuyến",
      "Bưu chính",
      "Trực tiếp",
      "Đã giải quyết",
      "Trước hạn",
      "Đúng hạn",
      "Quá hạn",
      "Tỷ lệ đúng hạn (%)",
    ]);
    const total = lines.at(-1)!;
    expect(total[1]).toBe("Tổng cộng");
    expect(total.slice(2, 11).map(Number)).toEqual([40, 25, 5, 10, 32, 9, 20, 3, 90.6]);
    expect(total.slice(11, 13).map(Number)).toEqual([Math.round((EXPECTED.elapsedHours / 32 / 24) * 100) / 100, 5]); // average vs legal days
    expect(Number(total[13])).toBe(80); // satisfaction (%)
    expect(
      lines
        .find((l) => l[0] === `9.${tag}1`)!
        .slice(2, 4)
        .map(Number),
    ).toEqual([30, 25]);

    const xlsx = await GET(
      new Request(`http://localhost/api/bao-cao?co-quan=TK.${tag}&ky=thang&nam=2025&so=3&dinh-dang=xlsx`),
    );
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const summary = Object.fromEntries(
      book
        .getWorksheet("Tổng hợp")!
        .getSheetValues()
        .slice(2)
        .map((r) => [(r as unknown[])[1], (r as unknown[])[2]]),
    );
    expect(summary["Tiếp nhận"]).toBe(40);
    expect(summary["Quá hạn"]).toBe(3);
    expect(summary["Tỷ lệ đúng hạn"]).toBe(29 / 32);
    const byProcedure = book.getWorksheet("Theo thủ tục")!;
    const last = byProcedure.getRow(byProcedure.rowCount).values as unknown[];
    expect(last.slice(2, 12)).toEqual(["Tổng cộng", 40, 25, 5, 10, 32, 9, 20, 3, 29 / 32]);
    const officers = book.getWorksheet("Theo cán bộ")!;
    expect(officers.rowCount).toBe(1 + 3 + 1);
    const overdue = book.getWorksheet("Quá hạn")!;
    expect(overdue.rowCount).toBe(1 + 8 + 3);
    const evaluation = Object.fromEntries(
      book
        .getWorksheet("Đánh giá")!
        .getSheetValues()
        .slice(2)
        .map((r) => [(r as unknown[])[1], (r as unknown[])[2]]),
    );
    expect(evaluation["Xếp loại"]).toBe("Xuất sắc");
    expect(evaluation["Số lượt đánh giá"]).toBe(10);
    const index = book.getWorksheet("Bộ chỉ số 766")!;
    expect((index.getRow(index.rowCount).values as unknown[])[6]).toBeCloseTo(
      r766Total(await loadAgencyReport(leader, { agencyCode: `TK.${tag}`, period: PERIOD })),
      6,
    );
  });

  it("is for the agency's leaders only: other leaders, its officers and strangers get not found, and bad input a clear message", async () => {
    const otherLeader = await actorByPersonalId("072075100003"); // leader of UBND phường Tân Ninh
    await expect(loadAgencyReport(otherLeader, { agencyCode: `TK.${tag}`, period: PERIOD })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const own = await loadAgencyReport(otherLeader, { period: PERIOD });
    expect(own.agency.code).toBe("000.21.01.H80");
    const specialist = (await loadActor(ids.a))!;
    await expect(loadAgencyReport(specialist, { agencyCode: `TK.${tag}`, period: PERIOD })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const url = `http://localhost/api/bao-cao?co-quan=TK.${tag}&ky=thang&nam=2025&so=3&dinh-dang=xlsx`;
    signedIn.actor = otherLeader;
    expect((await GET(new Request(url))).status).toBe(404);
    signedIn.actor = specialist;
    expect((await GET(new Request(url))).status).toBe(404);
    signedIn.actor = null;
    expect((await GET(new Request(url))).status).toBe(401);
    signedIn.actor = leader;
    const bad = await GET(new Request(`http://localhost/api/bao-cao?co-quan=TK.${tag}&ky=thang&nam=2025&so=13`));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toBe("Tháng không hợp lệ: chọn từ 1 đến 12.");
    const format = await GET(new Request(`http://localhost/api/bao-cao?co-quan=TK.${tag}&dinh-dang=pdf`));
    expect(format.status).toBe(400);
    expect((await format.json()).error).toBe("Định dạng tệp không hợp lệ: chọn csv hoặc xlsx.");
    expect(parsePeriod({ ky: "tuan" })).toEqual({ error: "kind" });
    expect(parsePeriod({ ky: "nam", nam: "1999" })).toEqual({ error: "year" });
    expect(parsePeriod({ ky: "quy", nam: "2025", so: "5" })).toEqual({ error: "quarter" });
  });
});

describe("the incremental refresh", () => {
  it("picks up what changed since the last run, by day, without a full rebuild", async () => {
    const before = (await loadPublicStatistics(PERIOD))!.agencies.find((a) => a.id === ids.agency)!.figures;
    const receivedAt = new Date(Date.UTC(2025, 2, 25, 3));
    const dueAt = new Date(receivedAt.getTime() + 120 * H);
    const d = await db.dossier.create({
      data: {
        code: `TK.${tag}-250325-0001`,
        procedureId: ids.p2,
        agencyId: ids.agency,
        status: "RESOLVED",
        channel: "POSTAL",
        ...sealedApplicantPersonalId("072090000001"),
        applicantName: "Người nộp muộn",
        applicantNameSearch: "nguoi nop muon",
        receivedAt,
        dueAt,
        finishedAt: new Date(dueAt.getTime() + 24 * H),
        outcome: "GRANTED",
      },
    });
    const result = await refreshStatistics();
    expect(result.full).toBe(false);
    expect(result.days).toEqual(expect.arrayContaining(["2025-03-25", "2025-03-31"]));
    const after = (await loadPublicStatistics(PERIOD))!.agencies.find((a) => a.id === ids.agency)!.figures;
    expect([after.received, after.postal.numerator, after.resolved, after.late]).toEqual([
      before.received + 1,
      before.postal.numerator + 1,
      before.resolved + 1,
      before.late + 1,
    ]);
    expect((await db.dossier.findUniqueOrThrow({ where: { id: d.id }, select: { completion: true } })).completion).toBe(
      "LATE",
    );
    await db.dossier.delete({ where: { id: d.id } });
    await rebuildAllStatistics();
    expect((await loadPublicStatistics(PERIOD))!.agencies.find((a) => a.id === ids.agency)!.figures.received).toBe(
      before.received,
    );
  });
});

describe("a result decided through the workflow", () => {
  it("stores its class in the approving transaction, and the next refresh counts it for the agency", async () => {
    const version = async (id: string) =>
      (await db.dossier.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
    const citizen = await seedCitizen("Người Có Kết Quả");
    const id = await seedCompleteDraft(citizen);
    await submitDossier(citizen, id);
    await takeStaffAction(await actorByPersonalId("072085100001"), id, "RECEIVE", { version: await version(id) });
    const specialist = await actorByPersonalId("072086100002");
    await assignSpecialist(await actorByPersonalId("072075100003"), id, {
      assigneeId: specialist.userId,
      version: await version(id),
    });
    await refreshStatistics();
    const period = currentPeriod();
    const agency = await db.agency.findUniqueOrThrow({ where: { code: "000.21.01.H80" }, select: { id: true } });
    const before = (await loadPublicStatistics(period))!.agencies.find((a) => a.id === agency.id)!.figures;
    await takeStaffAction(specialist, id, "PROPOSE_RESULT", { version: await version(id) });
    await takeStaffAction(await actorByPersonalId("072075100003"), id, "APPROVE", { version: await version(id) });
    const d = await db.dossier.findUniqueOrThrow({
      where: { id },
      select: { finishedAt: true, dueAt: true, completion: true },
    });
    expect(d.completion).not.toBeNull();
    expect(d.completion).toBe(classifyCompletion(d.finishedAt!, d.dueAt!));
    await refreshStatistics();
    const after = (await loadPublicStatistics(period))!.agencies.find((a) => a.id === agency.id)!.figures;
    expect(after.resolved).toBe(before.resolved + 1);
    expect(after.early + after.onTime).toBe(before.early + before.onTime + 1);
  });
});

function r766Total(r: Awaited<ReturnType<typeof loadAgencyReport>>) {
  return r.index.total;
}
