import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import { GET as mau01 } from "../../app/api/dossiers/[id]/mau-01/route";
import { getAttachmentForActor } from "../../lib/attachments/queries";
import { extractText, normalizedText } from "../../lib/pdf/test-fixtures";
import { markPaperSubmission } from "../../lib/attachments/paper-submission";
import { uploadAttachment } from "../../lib/attachments/upload-attachment";
import type { Actor } from "../../lib/auth/actor";
import { db } from "../../lib/db";
import { computeDueAt, transferDeadline } from "../../lib/deadlines";
import { loadWorkingCalendar } from "../../lib/deadlines/load-calendar";
import { codeDay } from "../../lib/dossiers/codes";
import { saveDraftSection } from "../../lib/dossiers/commands/save-draft-form";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { inboxQuerySchema, listInbox } from "../../lib/dossiers/inbox";
import { getDossierForActor, listMyDossiers } from "../../lib/dossiers/queries";
import { createWalkIn } from "../../lib/intake/commands/create-walk-in";
import { deleteWalkIn } from "../../lib/intake/commands/delete-walk-in";
import { receiveAtCounter } from "../../lib/intake/commands/receive-at-counter";
import { saveWalkInForm } from "../../lib/intake/commands/save-walk-in-form";
import { getWalkIn, listWalkInDrafts } from "../../lib/intake/queries";
import { actorByPersonalId, seedCitizen, validAnswers } from "../support/seed-helpers";

// The Mẫu 01 route signs nobody in: whoever `current.actor` is acts, as getServerSession would decide.
const current = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("../../lib/auth/actor", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../lib/auth/actor")>();
  const { AppError } = await import("../../lib/errors");
  return {
    ...original,
    getActor: async () => current.actor,
    requireActor: async () => {
      if (!current.actor) throw new AppError("UNAUTHENTICATED", "Vui lòng đăng nhập.");
      return current.actor;
    },
  };
});

// Seeded demo staff: the counter of UBND phường Tân Ninh, its specialist and leader, and the counter of Sở Xây dựng.
const COUNTER = "072085100001";
const SPECIALIST = "072086100002";
const LEADER = "072075100003";
const PROVINCE_COUNTER = "072087200001";
const CENTRE_COUNTER = "072083300002"; // Trung tâm Phục vụ hành chính công tỉnh
const COMMUNE = "000.21.01.H80";
const PROVINCE = "000.00.13.H80";
const BIRTH = "1.001193"; // Đăng ký khai sinh, commune level
const MARRIAGE = "1.000894"; // Đăng ký kết hôn: both must appear in person

const MINIMAL_PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);
const agencyId = async (code: string) =>
  (await db.agency.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
const version = async (id: string) =>
  (await db.dossier.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
let serial = 0;
const unknownPersonId = () => `0791${String(Date.now()).slice(-5)}${String(++serial).padStart(3, "0")}`;

async function startInput(overrides: Record<string, unknown> = {}) {
  return {
    procedureCode: BIRTH,
    agencyId: await agencyId(COMMUNE),
    channel: "COUNTER",
    applicantPersonalId: unknownPersonId(),
    applicantName: "Trần Văn Tới Quầy",
    applicantPhone: "0912111222",
    applicantAddress: "Khu phố 2, phường Tân Ninh",
    ...overrides,
  };
}

/** A walk-in draft whose e-form is saved and whose required components each have a (metadata-only) scan. */
async function completeWalkIn(officer: Actor, overrides: Record<string, unknown> = {}) {
  const input = await startInput(overrides);
  const id = await createWalkIn(officer, input);
  expect(await saveWalkInForm(officer, id, await validAnswers(String(input.procedureCode)))).toEqual({ ok: true });
  const components = await db.documentComponent.findMany({
    where: { procedure: { code: String(input.procedureCode) }, required: true },
    select: { id: true },
  });
  await db.attachment.createMany({
    data: components.map((c) => ({
      dossierId: id,
      componentId: c.id,
      fileName: "ban-quet.pdf",
      mimeType: "application/pdf",
      sizeBytes: 1000,
      sha256: "0".repeat(64),
      storageKey: randomUUID(),
      uploadedById: officer.userId,
    })),
  });
  return id;
}

describe("starting a walk-in dossier at the counter", () => {
  it("refuses bad inputs with the Vietnamese message and stores nothing", async () => {
    const [counter, specialist] = await Promise.all([actorByPersonalId(COUNTER), actorByPersonalId(SPECIALIST)]);
    const cases: [Actor, Record<string, unknown>, string][] = [
      [
        counter,
        { applicantPersonalId: "07209000001" },
        "Số định danh cá nhân của người nộp hồ sơ phải gồm đúng 12 chữ số.",
      ],
      [
        counter,
        { applicantPersonalId: "07209000001a" },
        "Số định danh cá nhân của người nộp hồ sơ phải gồm đúng 12 chữ số.",
      ],
      [counter, { applicantName: "   " }, "Vui lòng nhập họ và tên người nộp hồ sơ."],
      [counter, { applicantName: undefined }, "Vui lòng nhập họ và tên người nộp hồ sơ."],
      [counter, { applicantPhone: "12345" }, "Số điện thoại không hợp lệ (10 chữ số, bắt đầu bằng 0)."],
      [counter, { applicantBirthDate: "2026-02-31" }, "Ngày sinh không hợp lệ."],
      [counter, { procedureCode: "" }, "Vui lòng chọn thủ tục."],
      [counter, { procedureCode: "9.999999" }, "Không tìm thấy thủ tục đã chọn."],
      [counter, { agencyId: await agencyId(PROVINCE) }, "Cơ quan đã chọn không có thẩm quyền giải quyết thủ tục này."],
      [counter, { channel: "ONLINE" }, "Vui lòng chọn hình thức nhận hồ sơ (trực tiếp hoặc qua bưu chính)."],
      [
        counter,
        { procedureCode: MARRIAGE, channel: "POSTAL" },
        "Thủ tục này yêu cầu có mặt trực tiếp nên không tiếp nhận hồ sơ qua bưu chính.",
      ],
      [counter, { receivingAgencyId: await agencyId(PROVINCE) }, "Bạn không phải cán bộ tiếp nhận của cơ quan này."],
      [specialist, {}, "Chỉ cán bộ tiếp nhận hồ sơ mới được tiếp nhận hồ sơ trực tiếp."],
    ];
    const before = await db.dossier.count();
    for (const [actor, overrides, message] of cases) {
      await expect(createWalkIn(actor, await startInput(overrides)), message).rejects.toMatchObject({ message });
    }
    expect(await db.dossier.count()).toBe(before);
  });

  it("keeps the draft to the officers of the receiving counter: another counter and the citizen (same ID) find nothing", async () => {
    const [counter, provinceCounter] = await Promise.all([
      actorByPersonalId(COUNTER),
      actorByPersonalId(PROVINCE_COUNTER),
    ]);
    const citizen = await seedCitizen("Người Có Tài Khoản");
    const id = await createWalkIn(
      counter,
      await startInput({ applicantPersonalId: citizen.personalId, applicantName: citizen.fullName }),
    );
    const component = await db.documentComponent.findFirstOrThrow({
      where: { procedure: { code: BIRTH }, required: true },
    });
    const scan = await uploadAttachment(counter, {
      dossierId: id,
      componentId: component.id,
      fileName: "giay-chung-sinh.pdf",
      declaredBytes: MINIMAL_PDF.length,
      body: Readable.from([MINIMAL_PDF]),
    });
    expect(scan).toMatchObject({ componentId: component.id, mimeType: "application/pdf" });
    await expect(getAttachmentForActor(counter, scan.id)).resolves.toMatchObject({ fileName: "giay-chung-sinh.pdf" });
    expect((await getWalkIn(counter, id)).applicantHasAccount).toBe(true);
    expect((await listWalkInDrafts(counter)).map((d) => d.id)).toContain(id);
    const before = await db.dossier.findUniqueOrThrow({
      where: { id },
      include: { attachments: true, paperSubmissions: true },
    });

    const drawings = await db.documentComponent.findFirstOrThrow({ where: { paperAllowed: true } });
    for (const outsider of [provinceCounter, citizen]) {
      await expect(getWalkIn(outsider, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(saveWalkInForm(outsider, id, await validAnswers(BIRTH))).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect(
        uploadAttachment(outsider, {
          dossierId: id,
          componentId: component.id,
          fileName: "x.pdf",
          declaredBytes: MINIMAL_PDF.length,
          body: Readable.from([MINIMAL_PDF]),
        }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(
        markPaperSubmission(outsider, { dossierId: id, componentId: drawings.id, summary: "Bản vẽ" }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getAttachmentForActor(outsider, scan.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getDossierForActor(outsider, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(
        receiveAtCounter(outsider, id, { version: before.version, resultDelivery: "COUNTER" }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(deleteWalkIn(outsider, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect((await listWalkInDrafts(outsider)).map((d) => d.id)).not.toContain(id);
    }
    // Nor through the citizen's own wizard commands.
    await expect(saveDraftSection(citizen, id, 0, await validAnswers(BIRTH))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(submitDossier(citizen, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listMyDossiers(citizen)).items.map((d) => d.id)).not.toContain(id);
    expect(
      await db.dossier.findUniqueOrThrow({ where: { id }, include: { attachments: true, paperSubmissions: true } }),
    ).toEqual(before);

    await deleteWalkIn(counter, id);
    expect(await db.dossier.count({ where: { id } })).toBe(0);
  });

  it("checks the e-form with the procedure's schema, with messages per field, and stores nothing when one fails", async () => {
    const counter = await actorByPersonalId(COUNTER);
    const id = await createWalkIn(counter, await startInput());
    const answers = { ...(await validAnswers(BIRTH)), applicantPersonalId: "123", applicantPhone: "" };
    const result = await saveWalkInForm(counter, id, answers);
    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        applicantPersonalId: "Số định danh cá nhân phải gồm đúng 12 chữ số.",
        applicantPhone: "Vui lòng nhập thông tin này.",
      },
    });
    expect((await db.dossier.findUniqueOrThrow({ where: { id } })).formData).toEqual({});
  });
});

describe("receiving a walk-in dossier (Tiếp nhận hồ sơ)", () => {
  it("refuses a missing required component, an unsaved form and post for a personal-presence procedure, changing nothing", async () => {
    const counter = await actorByPersonalId(COUNTER);
    const id = await completeWalkIn(counter);
    const required = await db.documentComponent.findFirstOrThrow({
      where: { procedure: { code: BIRTH }, required: true },
      orderBy: { sortOrder: "desc" },
    });
    await db.attachment.deleteMany({ where: { dossierId: id, componentId: required.id } });
    const before = await db.dossier.findUniqueOrThrow({ where: { id } });
    await expect(
      receiveAtCounter(counter, id, { version: before.version, resultDelivery: "COUNTER" }),
    ).rejects.toMatchObject({
      code: "MISSING_DOCUMENTS",
      message: expect.stringContaining(required.name),
    });
    await expect(
      receiveAtCounter(counter, id, { version: before.version, resultDelivery: "PIGEON" }),
    ).rejects.toMatchObject({ message: "Vui lòng chọn hình thức trả kết quả." });

    const blankForm = await createWalkIn(counter, await startInput());
    await expect(receiveAtCounter(counter, blankForm, { version: 0, resultDelivery: "COUNTER" })).rejects.toMatchObject(
      {
        message: "Tờ khai chưa đầy đủ hoặc chưa hợp lệ. Vui lòng nhập và lưu tờ khai trước khi tiếp nhận.",
      },
    );
    const marriage = await completeWalkIn(counter, { procedureCode: MARRIAGE });
    await expect(receiveAtCounter(counter, marriage, { version: 0, resultDelivery: "POST" })).rejects.toMatchObject({
      message: "Thủ tục này yêu cầu có mặt trực tiếp nên không trả kết quả qua bưu chính.",
    });

    for (const d of [id, blankForm, marriage]) {
      expect(await db.dossier.findUniqueOrThrow({ where: { id: d }, select: { status: true, code: true } })).toEqual({
        status: "DRAFT",
        code: null,
      });
      expect(await db.dossierEvent.count({ where: { dossierId: d } })).toBe(0);
    }
    expect(await db.dossier.findUniqueOrThrow({ where: { id } })).toEqual(before);
  });

  it("receives: code in the receiving agency's sequence, due date, the applicant's account linked, Mẫu 01 data", async () => {
    const counter = await actorByPersonalId(COUNTER);
    const citizen = await seedCitizen("Người Nộp Trực Tiếp");
    const id = await completeWalkIn(
      { ...counter, ip: "10.0.0.7" },
      { applicantPersonalId: citizen.personalId, applicantName: citizen.fullName },
    );
    const { code } = await receiveAtCounter({ ...counter, ip: "10.0.0.7" }, id, {
      version: await version(id),
      resultDelivery: "ELECTRONIC",
    });

    const d = await db.dossier.findUniqueOrThrow({
      where: { id },
      include: { procedure: { include: { timings: true } }, receivingAgency: true },
    });
    expect(d).toMatchObject({
      status: "RECEIVED",
      code,
      applicantId: citizen.userId,
      resultDelivery: "ELECTRONIC",
      draftExpiresAt: null,
      channel: "COUNTER",
    });
    expect(code).toMatch(new RegExp(`^${COMMUNE.replace(/\./g, "\\.")}-${codeDay(d.receivedAt!)}-\\d{4}$`));
    const counterRow = await db.dossierCodeCounter.findUniqueOrThrow({
      where: { agencyId_day: { agencyId: d.receivingAgencyId!, day: codeDay(d.receivedAt!) } },
    });
    expect(Number(code!.slice(-4))).toBe(counterRow.lastValue);
    const timing = d.procedure.timings.find((t) => t.channel === "COUNTER")!;
    expect(d.dueAt).toEqual(
      computeDueAt(d.receivedAt!, { amount: timing.amount, unit: timing.unit }, await loadWorkingCalendar(db)),
    );
    const event = await db.dossierEvent.findFirstOrThrow({ where: { dossierId: id } });
    expect(event).toMatchObject({
      action: "RECEIVE_AT_COUNTER",
      fromStatus: "DRAFT",
      toStatus: "RECEIVED",
      actorId: counter.userId,
      agencyId: d.receivingAgencyId,
      ip: "10.0.0.7",
    });

    // The citizen now follows it in the portal; the counter reads it on the staff page and prints Mẫu 01.
    expect((await listMyDossiers(citizen)).items.map((x) => x.id)).toContain(id);
    await expect(getDossierForActor(counter, id)).resolves.toMatchObject({ code, status: "RECEIVED" });
    await expect(
      receiveAtCounter(counter, id, { version: await version(id), resultDelivery: "COUNTER" }),
    ).rejects.toMatchObject({
      code: "TRANSITION_NOT_ALLOWED",
      message: `Hồ sơ đã được tiếp nhận với mã ${code}.`,
    });
    await expect(deleteWalkIn(counter, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("routes a dossier received at another agency's counter to the competent agency, with the 15:00 transfer deadline", async () => {
    const provinceCounter = await actorByPersonalId(PROVINCE_COUNTER);
    const id = await completeWalkIn(provinceCounter, { applicantEmail: "toi.quay@example.vn" });
    const { code } = await receiveAtCounter(provinceCounter, id, {
      version: await version(id),
      resultDelivery: "COUNTER",
    });
    expect(code).toMatch(new RegExp(`^${PROVINCE.replace(/\./g, "\\.")}-\\d{6}-\\d{4}$`));

    const d = await db.dossier.findUniqueOrThrow({ where: { id } });
    expect(d).toMatchObject({
      agencyId: await agencyId(COMMUNE),
      receivingAgencyId: await agencyId(PROVINCE),
      applicantId: null,
    });
    const event = await db.dossierEvent.findFirstOrThrow({ where: { dossierId: id, action: "RECEIVE_AT_COUNTER" } });
    expect(event.dueAt).toEqual(transferDeadline(d.receivedAt!, await loadWorkingCalendar(db)));
    // Notified at the e-mail on the dossier: the applicant has no account.
    expect(
      await db.outboxMessage.findFirst({ where: { dossierId: id, channel: "EMAIL" }, select: { recipient: true } }),
    ).toEqual({ recipient: "toi.quay@example.vn" });

    const leader = await actorByPersonalId(LEADER);
    expect((await listInbox(leader, inboxQuerySchema.parse({ view: "received" }))).items.map((i) => i.id)).toContain(
      id,
    );
    expect(
      (await listInbox(provinceCounter, inboxQuerySchema.parse({ view: "received" }))).items.map((i) => i.id),
    ).not.toContain(id);
    // The receiving counter still reads it (and prints Mẫu 01); the competent agency's staff too.
    await expect(getDossierForActor(provinceCounter, id)).resolves.toMatchObject({ code });
    await expect(getDossierForActor(leader, id)).resolves.toMatchObject({ code });
  });

  it("20 concurrent receptions of the same draft: exactly one succeeds, with one code and one event", async () => {
    const counter = await actorByPersonalId(COUNTER);
    const id = await completeWalkIn(counter);
    const v = await version(id);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => receiveAtCounter(counter, id, { version: v, resultDelivery: "COUNTER" })),
    );
    const ok = results.filter((r) => r.status === "fulfilled");
    expect(ok).toHaveLength(1);
    for (const r of results) {
      if (r.status === "rejected")
        expect(r.reason).toMatchObject({ code: expect.stringMatching(/^(TRANSITION_NOT_ALLOWED|STALE_DOSSIER)$/) });
    }
    const d = await db.dossier.findUniqueOrThrow({ where: { id } });
    expect(d).toMatchObject({
      status: "RECEIVED",
      code: (ok[0] as PromiseFulfilledResult<{ code: string }>).value.code,
      version: v + 1,
    });
    expect(await db.dossierEvent.count({ where: { dossierId: id } })).toBe(1);
  });
});

describe("Mẫu 01 of a walk-in dossier", () => {
  it("is printed by the receiving counter of another agency, names it and its officer, and lists the papers kept on paper", async () => {
    const provinceCounter = await actorByPersonalId(PROVINCE_COUNTER);
    const drawings = await db.documentComponent.findFirstOrThrow({
      where: { paperAllowed: true, procedure: { code: "1.009974" } },
      select: { id: true },
    });
    const id = await completeWalkIn(provinceCounter, { procedureCode: "1.009974", applicantName: "Võ Thị Xây Nhà" });
    await db.attachment.deleteMany({ where: { dossierId: id, componentId: drawings.id } });
    await expect(
      receiveAtCounter(provinceCounter, id, { version: await version(id), resultDelivery: "POST" }),
    ).rejects.toMatchObject({ code: "MISSING_DOCUMENTS" });
    await markPaperSubmission(provinceCounter, {
      dossierId: id,
      componentId: drawings.id,
      summary: "02 bộ bản vẽ A1, 14 tờ",
    });
    const { code } = await receiveAtCounter(provinceCounter, id, {
      version: await version(id),
      resultDelivery: "POST",
    });

    current.actor = provinceCounter;
    const res = await mau01(new Request(`http://localhost:3000/api/dossiers/${id}/mau-01`), {
      params: Promise.resolve({ id }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/pdf");
    const text = extractText(new Uint8Array(await res.arrayBuffer()));
    expect(text, "pdftotext (poppler-utils) is installed by npm test").not.toBeNull();
    const seen = normalizedText(text!);
    const province = await db.agency.findUniqueOrThrow({ where: { code: PROVINCE }, select: { name: true } });
    expect(seen).toContain(`Mã hồ sơ: ${code}`);
    expect(seen).toContain(`Bộ phận tiếp nhận và trả kết quả ${province.name} tiếp nhận hồ sơ của`);
    expect(seen).toContain("Võ Thị Xây Nhà");
    expect(seen).toContain("02 bộ bản vẽ");
    expect(seen).toContain("Qua dịch vụ bưu chính công ích");
    expect(seen).toContain(provinceCounter.fullName);

    // The competent agency's staff may print it too; a third agency's counter and a stranger get 404.
    const statusFor = async (actor: Actor) => {
      current.actor = actor;
      return (
        await mau01(new Request(`http://localhost:3000/api/dossiers/${id}/mau-01`), { params: Promise.resolve({ id }) })
      ).status;
    };
    expect(await statusFor(await actorByPersonalId(SPECIALIST))).toBe(200);
    expect(await statusFor(await actorByPersonalId(CENTRE_COUNTER))).toBe(404);
    expect(await statusFor(await seedCitizen("Người Lạ"))).toBe(404);
  });
});
