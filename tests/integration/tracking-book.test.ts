import ExcelJS from "exceljs";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it, vi } from "vitest";
import { GET } from "../../app/api/so-theo-doi/route";
import type { Actor } from "../../lib/auth/actor";
import { db } from "../../lib/db";
import { dayNumberOf, isoDateOf } from "../../lib/text/vietnam-time";
import { assignSpecialist } from "../../lib/dossiers/commands/assign-specialist";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { takeStaffAction } from "../../lib/processing/take-staff-action";
import { listTrackingBook } from "../../lib/tracking-book/queries";
import { toExcelDate, XLSX_COLUMNS } from "../../lib/tracking-book/xlsx";
import { actorByPersonalId, seedCitizen, seedCompleteDraft } from "../support/seed-helpers";
import { signedIn } from "../support/signed-in-actor";

vi.mock("../../lib/auth/actor", async (original) =>
  (await import("../support/signed-in-actor")).withSignedInActor(await original()),
);

const COMMUNE = {
  agency: "000.21.01.H80",
  counter: "072085100001",
  specialist: "072086100002",
  leader: "072075100003",
};
const PROVINCE = { agency: "000.00.13.H80", counter: "072087200001" };
const version = async (id: string) =>
  (await db.dossier.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const vnDay = (d: Date) => isoDateOf(dayNumberOf(d));

async function receivedAt(agency: { agency: string; counter: string }, procedureCode: string) {
  const citizen = await seedCitizen("Người Trong Sổ");
  const id = await seedCompleteDraft(citizen, procedureCode, agency.agency);
  const { code } = await submitDossier(citizen, id);
  await takeStaffAction(await actorByPersonalId(agency.counter), id, "RECEIVE", { version: await version(id) });
  return { id, code, citizen };
}

async function book(as: Actor | null, query: Record<string, string>) {
  signedIn.actor = as;
  return GET(new Request(`http://localhost:3000/api/so-theo-doi?${new URLSearchParams(query)}`));
}

describe("the tracking book (Mẫu 06)", () => {
  it("lists the dossiers received by the officer's agencies in the range, as a PDF and as a spreadsheet read back row by row", async () => {
    const provinceProcedure = await db.procedure.findFirstOrThrow({
      where: { agencies: { some: { agency: { code: PROVINCE.agency } } } },
      select: { code: true },
    });
    const a = await receivedAt(COMMUNE, "1.001193");
    const b = await receivedAt(COMMUNE, "1.001193");
    await assignSpecialist(await actorByPersonalId(COMMUNE.leader), b.id, {
      assigneeId: (await actorByPersonalId(COMMUNE.specialist)).userId,
      version: await version(b.id),
    });
    const c = await receivedAt(PROVINCE, provinceProcedure.code);
    const stored = await db.dossier.findMany({
      where: { id: { in: [a.id, b.id, c.id] } },
      select: { receivedAt: true },
    });
    const days = stored.map((d) => vnDay(d.receivedAt!)).sort();
    const range = { from: days[0], to: days.at(-1)! };

    const commune = await actorByPersonalId(COMMUNE.counter);
    const province = await actorByPersonalId(PROVINCE.counter);
    const communeBook = await listTrackingBook(commune, range);
    const codes = communeBook.rows.map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining([a.code, b.code]));
    expect(codes).not.toContain(c.code);
    const provinceCodes = (await listTrackingBook(province, range)).rows.map((r) => r.code);
    expect(provinceCodes).toContain(c.code);
    expect(provinceCodes).not.toContain(a.code);
    const dayBefore = isoDateOf(dayNumberOf(new Date(`${range.from}T12:00:00+07:00`)) - 1);
    expect((await listTrackingBook(commune, { from: dayBefore, to: dayBefore })).rows.map((r) => r.code)).not.toContain(
      a.code,
    );

    const pdf = await book(commune, { "tu-ngay": range.from, "den-ngay": range.to });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("Content-Type")).toBe("application/pdf");
    const page = (await PDFDocument.load(new Uint8Array(await pdf.arrayBuffer()))).getPage(0);
    expect([Math.round(page.getWidth()), Math.round(page.getHeight())]).toEqual([842, 595]); // A4 landscape

    const res = await book(commune, { "tu-ngay": range.from, "den-ngay": range.to, "dinh-dang": "xlsx" });
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Disposition")).toBe(
      `attachment; filename="so-theo-doi-ho-so-${range.from}-${range.to}.xlsx"; filename*=UTF-8''so-theo-doi-ho-so-${range.from}-${range.to}.xlsx`,
    );
    expect(res.headers.get("Content-Security-Policy")).toBe("sandbox");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.worksheets[0];
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(XLSX_COLUMNS.map((c) => c.header));
    expect(sheet.rowCount).toBe(communeBook.rows.length + 1);
    const byCode = new Map<string, ExcelJS.Row>();
    sheet.eachRow((row, n) => n > 1 && byCode.set(String(row.getCell(2).value), row));
    expect([...byCode.keys()]).toEqual(codes);

    const events = await db.dossierEvent.findFirstOrThrow({
      where: { dossierId: b.id, action: "ASSIGN" },
      select: { createdAt: true },
    });
    for (const [d, transferred] of [
      [a, null],
      [b, events.createdAt],
    ] as const) {
      const stored = await db.dossier.findUniqueOrThrow({
        where: { id: d.id },
        select: { receivedAt: true, dueAt: true },
      });
      const row = byCode.get(d.code)!;
      expect(row.getCell(3).value).toBe("Đăng ký khai sinh");
      expect(row.getCell(4).value).toBe(d.citizen.fullName);
      expect(row.getCell(7).value).toBeInstanceOf(Date); // a real date, not text
      expect(row.getCell(7).value).toEqual(toExcelDate(stored.receivedAt));
      expect(row.getCell(8).value).toEqual(toExcelDate(stored.dueAt));
      expect(row.getCell(9).value ?? null).toEqual(toExcelDate(transferred));
      expect(row.getCell(7).numFmt).toBe("dd/mm/yyyy hh:mm");
      expect(row.getCell(12).value).toBe(d === a ? "Được tiếp nhận" : "Đang xử lý");
    }
  });

  it("refuses a bad range with a Vietnamese message, and is not found for citizens", async () => {
    const officer = await actorByPersonalId(COMMUNE.counter);
    for (const [query, message] of [
      [{ "tu-ngay": "2026-03-06", "den-ngay": "2026-03-05" }, "Ngày kết thúc phải bằng hoặc sau ngày bắt đầu."],
      [{ "tu-ngay": "2026-01-01", "den-ngay": "2027-01-02" }, "Khoảng thời gian tối đa 366 ngày."],
      [{ "den-ngay": "2026-03-05" }, "Vui lòng chọn ngày bắt đầu."],
    ] as const) {
      const res = await book(officer, query);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ code: "INVALID_INPUT", error: message });
    }
    const res = await book(await seedCitizen(), { "tu-ngay": "2026-03-01", "den-ngay": "2026-03-05" });
    expect(res.status).toBe(404);
    expect((await book(null, { "tu-ngay": "2026-03-01", "den-ngay": "2026-03-05" })).status).toBe(401);
  });
});
