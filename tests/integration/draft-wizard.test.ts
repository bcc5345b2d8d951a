import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { createDraft } from "../../lib/dossiers/commands/create-draft";
import { deleteDraft } from "../../lib/dossiers/commands/delete-draft";
import { saveDraftDelivery, saveDraftSection } from "../../lib/dossiers/commands/save-draft-form";
import { saveDeliveryChoice } from "../../lib/postal/commands/save-delivery-choice";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { seedCitizen, validAnswers } from "../support/seed-helpers";
import type { Actor } from "../../lib/auth/actor";

async function draft(actor: Actor, procedureCode = "1.001193") {
  const link = await db.procedureAgency.findFirstOrThrow({
    where: { procedure: { code: procedureCode } },
    select: { agencyId: true },
  });
  return createDraft(actor, { procedureCode, agencyId: link.agencyId });
}
const formData = async (id: string) =>
  (await db.dossier.findUniqueOrThrow({ where: { id }, select: { formData: true } })).formData;

describe("saving the wizard step by step", () => {
  it("merges each valid step into the draft", async () => {
    const citizen = await seedCitizen();
    const id = await draft(citizen);
    const applicant = {
      applicantName: citizen.fullName,
      applicantPersonalId: citizen.personalId!,
      applicantBirthDate: "",
      applicantPhone: "0912345678",
      applicantEmail: "",
      applicantAddress: "",
      relationshipToChild: "Mẹ",
    };
    expect(await saveDraftSection(citizen, id, 0, applicant)).toEqual({ ok: true });
    expect(
      await saveDraftSection(citizen, id, 1, {
        childName: "Lê Minh",
        childBirthDate: "2026-11-01",
        childGender: "Nữ",
        childEthnicity: "Kinh",
        childNationality: "Việt Nam",
        placeOfBirth: "Tây Ninh",
        hometown: "",
      }),
    ).toEqual({ ok: true });
    expect(await formData(id)).toMatchObject({ applicantName: citizen.fullName, childName: "Lê Minh" });
  });

  it("returns a clear message per bad field and stores nothing", async () => {
    const citizen = await seedCitizen();
    const id = await draft(citizen);
    const result = await saveDraftSection(citizen, id, 0, {
      applicantName: "",
      applicantPersonalId: "12345",
      applicantPhone: "abc",
      relationshipToChild: "Hàng xóm",
    });
    expect(result).toEqual({
      ok: false,
      fieldErrors: expect.objectContaining({
        applicantName: "Vui lòng nhập thông tin này.",
        applicantPersonalId: "Số định danh cá nhân phải gồm đúng 12 chữ số.",
        applicantPhone: "Số điện thoại không hợp lệ (10 chữ số, bắt đầu bằng 0).",
        relationshipToChild: "Vui lòng chọn một giá trị trong danh sách.",
      }),
    });
    expect(await formData(id)).toEqual({});
    await expect(saveDraftSection(citizen, id, 99, {})).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Bước khai không hợp lệ.",
    });
  });

  it("refuses a control character (NUL) in an answer with a message next to the field, and stores nothing", async () => {
    const citizen = await seedCitizen();
    const id = await draft(citizen);
    const result = await saveDraftSection(citizen, id, 0, {
      applicantName: "Lê Thị\u0000 Hoa",
      applicantPersonalId: "072090000009",
      applicantPhone: "0912345678",
      relationshipToChild: "Mẹ",
    });
    expect(result).toEqual({
      ok: false,
      fieldErrors: { applicantName: "Nội dung có ký tự điều khiển không hợp lệ (ví dụ ký tự NUL); vui lòng nhập lại." },
    });
    expect(await formData(id)).toEqual({});
  });

  it("refuses a tampered delivery choice, and the post for a procedure needing personal presence", async () => {
    const citizen = await seedCitizen();
    const id = await draft(citizen);
    await expect(saveDraftDelivery(citizen, id, "DRONE")).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Vui lòng chọn hình thức nhận kết quả.",
    });
    await saveDraftDelivery(citizen, id, "POST");
    const inPerson = await db.procedure.findFirstOrThrow({
      where: { requiresPersonalPresence: true },
      select: { code: true },
    });
    const id2 = await draft(citizen, inPerson.code);
    await expect(saveDraftDelivery(citizen, id2, "POST")).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const rows = await db.dossier.findMany({
      where: { id: { in: [id, id2] } },
      select: { id: true, resultDelivery: true },
    });
    expect(Object.fromEntries(rows.map((r) => [r.id, r.resultDelivery]))).toEqual({ [id]: "POST", [id2]: "COUNTER" });
  });

  it("deletes only the applicant's own draft", async () => {
    const citizen = await seedCitizen();
    const id = await draft(citizen);
    await deleteDraft(citizen, id);
    expect(await db.dossier.count({ where: { id } })).toBe(0);
    await expect(deleteDraft(citizen, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the applicant's details vouched for by e-ID", () => {
  const VERIFIED = "Thông tin này lấy từ định danh điện tử (VNeID) của người nộp và không sửa được trên biểu mẫu.";
  const otherwise = { applicantPhone: "0912345678", relationshipToChild: "Mẹ" };

  it("refuses another name or personal ID next to the field, and stores nothing", async () => {
    const citizen = await seedCitizen();
    await db.user.update({ where: { id: citizen.userId }, data: { dateOfBirth: new Date("1990-04-30") } });
    const id = await draft(citizen);
    const result = await saveDraftSection(citizen, id, 0, {
      ...otherwise,
      applicantName: "Người Khác Hẳn",
      applicantPersonalId: "072090000009",
      applicantBirthDate: "1991-01-01",
    });
    expect(result).toEqual({
      ok: false,
      fieldErrors: { applicantName: VERIFIED, applicantPersonalId: VERIFIED, applicantBirthDate: VERIFIED },
    });
    expect(await formData(id)).toEqual({});
  });

  it("stores the verified values, also when a field is left out or sent with spaces", async () => {
    const citizen = await seedCitizen();
    await db.user.update({ where: { id: citizen.userId }, data: { dateOfBirth: new Date("1990-04-30") } });
    const id = await draft(citizen);
    expect(
      await saveDraftSection(citizen, id, 0, {
        ...otherwise,
        applicantName: `  ${citizen.fullName} `,
        applicantPersonalId: citizen.personalId!,
      }),
    ).toEqual({ ok: true });
    expect(await formData(id)).toMatchObject({
      applicantName: citizen.fullName,
      applicantPersonalId: citizen.personalId,
      applicantBirthDate: "1990-04-30",
    });
  });

  it("leaves a detail e-ID did not give editable (no date of birth on record)", async () => {
    const citizen = await seedCitizen();
    const id = await draft(citizen);
    expect(
      await saveDraftSection(citizen, id, 0, {
        ...otherwise,
        applicantName: citizen.fullName,
        applicantPersonalId: citizen.personalId!,
        applicantBirthDate: "1985-02-03",
      }),
    ).toEqual({ ok: true });
    expect(await formData(id)).toMatchObject({ applicantBirthDate: "1985-02-03" });
  });
});

describe("pre-filling a new draft", () => {
  it("takes the contact phone and e-mail from the citizen's profile when set", async () => {
    const citizen = await seedCitizen();
    await db.user.update({
      where: { id: citizen.userId },
      data: { contactPhone: "0987000111", contactEmail: "lienhe@example.vn" },
    });
    const id = await draft(citizen);
    expect(
      await db.dossier.findUniqueOrThrow({ where: { id }, select: { applicantPhone: true, applicantEmail: true } }),
    ).toEqual({ applicantPhone: "0987000111", applicantEmail: "lienhe@example.vn" });
  });
});

describe("the declaration the e-form replaces (issue 25)", () => {
  const DECLARATION = "Tờ khai đăng ký khai sinh (theo mẫu; khi nộp trực tuyến khai trên biểu mẫu điện tử)";

  /** A birth registration draft with a valid e-form and a file for each of the given components. */
  async function draftWith(citizen: Actor, attach: (c: { name: string; satisfiedByEForm: boolean }) => boolean) {
    const id = await draft(citizen);
    await db.dossier.update({ where: { id }, data: { formData: await validAnswers("1.001193") } });
    const components = await db.documentComponent.findMany({
      where: { procedure: { code: "1.001193" }, required: true },
      orderBy: { sortOrder: "asc" },
      select: { id: true, name: true, satisfiedByEForm: true },
    });
    await db.attachment.createMany({
      data: components.filter(attach).map((c) => ({
        dossierId: id,
        componentId: c.id,
        fileName: "giay-to.pdf",
        mimeType: "application/pdf",
        sizeBytes: 1000,
        sha256: "0".repeat(64),
        storageKey: `draft-wizard-${id}-${c.id}`,
        uploadedById: citizen.userId,
      })),
    });
    return { id, components };
  }

  it("is seeded as satisfied by the e-form, and the other required papers are not", async () => {
    const components = await db.documentComponent.findMany({
      where: { procedure: { code: "1.001193" }, required: true },
      orderBy: { sortOrder: "asc" },
      select: { name: true, satisfiedByEForm: true },
    });
    expect(components.filter((c) => c.satisfiedByEForm).map((c) => c.name)).toEqual([DECLARATION]);
    expect(components.filter((c) => !c.satisfiedByEForm).length).toBeGreaterThan(0);
  });

  it("files online without a file for the declaration: the valid e-form is that paper", async () => {
    const citizen = await seedCitizen();
    const { id } = await draftWith(citizen, (c) => !c.satisfiedByEForm);
    const { code } = await submitDossier(citizen, id);
    expect(code).toMatch(/^000\.21\.01\.H80-\d{6}-\d{4}$/);
  });

  it("still refuses a missing paper of its own, naming it and never the declaration, and files nothing", async () => {
    const citizen = await seedCitizen();
    const { id, components } = await draftWith(citizen, () => false);
    const papers = components.filter((c) => !c.satisfiedByEForm).map((c) => c.name);
    await expect(submitDossier(citizen, id)).rejects.toMatchObject({
      code: "MISSING_DOCUMENTS",
      message: `Còn thiếu giấy tờ bắt buộc: ${papers.join("; ")}.`,
    });
    expect(await db.dossier.findUniqueOrThrow({ where: { id }, select: { status: true, code: true } })).toEqual({
      status: "DRAFT",
      code: null,
    });
  });
});

describe("the postal step's messages", () => {
  it("names every missing field of the address beside it, and stores nothing", async () => {
    const citizen = await seedCitizen();
    const id = await draft(citizen);
    const refusal = saveDeliveryChoice(citizen, id, {
      resultDelivery: "POST",
      dossierByPost: false,
      address: { provinceCode: "80", communeCode: "25480", street: "", recipientName: "", recipientPhone: "0912" },
    });
    await expect(refusal).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Vui lòng nhập địa chỉ chi tiết (số nhà, đường, ấp, khu phố).",
      fieldErrors: {
        street: "Vui lòng nhập địa chỉ chi tiết (số nhà, đường, ấp, khu phố).",
        recipientName: "Vui lòng nhập họ và tên người nhận.",
        recipientPhone: "Số điện thoại người nhận phải gồm 10 chữ số, bắt đầu bằng số 0.",
      },
    });
    await expect(
      saveDeliveryChoice(citizen, id, {
        resultDelivery: "POST",
        dossierByPost: false,
        address: {
          provinceCode: "80",
          communeCode: "80",
          street: "12 đường 30 Tháng 4",
          recipientName: "Nguyễn Văn Nhận",
          recipientPhone: "0912345678",
        },
      }),
    ).rejects.toMatchObject({
      fieldErrors: { communeCode: "Xã, phường đã chọn không thuộc tỉnh, thành phố đã chọn." },
    });
    expect(await db.postalChoice.count({ where: { dossierId: id } })).toBe(0);
    expect(await db.dossier.findUniqueOrThrow({ where: { id }, select: { resultDelivery: true } })).toEqual({
      resultDelivery: "COUNTER",
    });
  });

  it("names the delivery choice when none is valid", async () => {
    const citizen = await seedCitizen();
    const id = await draft(citizen);
    await expect(saveDraftDelivery(citizen, id, "")).rejects.toMatchObject({
      fieldErrors: { resultDelivery: "Vui lòng chọn hình thức nhận kết quả." },
    });
  });
});
