import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { removeProcedureFee, saveProcedureFee } from "../../lib/admin/commands/save-procedure-fee";
import { takeStaffAction } from "../../lib/processing/take-staff-action";
import { recordCashPayment } from "../../lib/payments/commands/record-cash-payment";
import { billPreviewFor } from "../../lib/payments/bill-preview";
import { paymentReceiptFor } from "../../lib/payments/receipt";
import { renderPaymentReceipt } from "../../lib/payments/payment-receipt";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { extractText, normalizedText } from "../../lib/pdf/test-fixtures";
import { actorByPersonalId, seedCitizen, seedCompleteDraft } from "../support/seed-helpers";

// Cấp bản sao trích lục hộ tịch (2.000635): 8.000 đồng per copy (TT 281/2016/TT-BTC), paid before
// processing; the result by post at the citizen's cost. Every amount below is worked out by hand.
const PROCEDURE = "2.000635";
const COUNTER = "072085100001"; // Phạm Thị Dung, UBND phường Tân Ninh
const ADDRESS = "Số 7, đường Trưng Nữ Vương, khu phố 2, phường Tân Ninh, tỉnh Tây Ninh";
const version = async (id: string) =>
  (await db.dossier.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

async function draft(copies: string, withPost: boolean) {
  const citizen = await seedCitizen("Người Xin Trích Lục");
  const id = await seedCompleteDraft(citizen, PROCEDURE);
  const { formData } = await db.dossier.findUniqueOrThrow({ where: { id }, select: { formData: true } });
  await db.dossier.update({
    where: { id },
    data: {
      formData: { ...(formData as Record<string, string>), copies, applicantAddress: ADDRESS },
      ...(withPost ? { resultDelivery: "POST" } : {}),
    },
  });
  if (withPost)
    await db.postalChoice.create({
      data: {
        dossierId: id,
        resultByPost: true,
        dossierByPost: false,
        provinceCode: "80",
        communeCode: "25459",
        street: "Số 7, đường Trưng Nữ Vương",
        recipientName: citizen.fullName ?? "Người nhận",
        recipientPhone: "0912345678",
        zone: "SAME_COMMUNE",
        weightGrams: 100,
        postageVnd: 15000,
        quotedAt: new Date(),
      },
    });
  return { citizen, id };
}

async function received(id: string, citizen: Awaited<ReturnType<typeof seedCitizen>>) {
  await submitDossier(citizen, id);
  const counter = await actorByPersonalId(COUNTER);
  await takeStaffAction(counter, id, "RECEIVE", { version: await version(id) });
  return counter;
}

const FEE_LINE = {
  kind: "FEE",
  description: "Phí cấp bản sao trích lục hộ tịch: 2 bản × 8.000 đồng",
  amountVnd: 16000,
};
const POSTAGE_LINE = {
  kind: "POSTAGE",
  description: "Cước chuyển phát kết quả qua bưu chính (cùng xã, phường, đến 100 g)",
  amountVnd: 15000,
};

describe("fees by quantity, from the preview to the receipt", () => {
  it("previews before submission exactly the bill later issued: 2 copies × 8.000 + 15.000 postage = 31.000 đồng", async () => {
    const { citizen, id } = await draft("2", true);
    expect(await billPreviewFor(citizen, id)).toEqual({ ok: true, lines: [FEE_LINE, POSTAGE_LINE], totalVnd: 31000 });

    const counter = await received(id, citizen);
    await takeStaffAction(counter, id, "REQUEST_PAYMENT", { version: await version(id) });
    const bill = await db.bill.findUniqueOrThrow({
      where: { dossierId: id },
      select: {
        totalVnd: true,
        lines: { orderBy: { position: "asc" }, select: { kind: true, description: true, amountVnd: true } },
      },
    });
    expect(bill).toEqual({ totalVnd: 31000, lines: [FEE_LINE, POSTAGE_LINE] });
  });

  it("prints the receipt with the lines, the amount in figures and in words, the payer's address and the time", async () => {
    const { citizen, id } = await draft("2", true);
    const counter = await received(id, citizen);
    await takeStaffAction(counter, id, "REQUEST_PAYMENT", { version: await version(id) });
    const payment = await recordCashPayment(counter, id, {
      amountVnd: "31000",
      currency: "VND",
      version: await version(id),
    });
    const receipt = await paymentReceiptFor(citizen, id, payment.id);
    expect(receipt).toMatchObject({
      totalVnd: 31000,
      applicant: { name: citizen.fullName, address: ADDRESS },
      lines: [
        { label: "Phí", description: FEE_LINE.description, amountVnd: 16000 },
        { label: "Cước bưu chính", description: POSTAGE_LINE.description, amountVnd: 15000 },
      ],
    });
    const text = extractText(await renderPaymentReceipt(receipt));
    if (text === null) return; // no pdftotext on this machine
    const seen = normalizedText(text);
    expect(seen).toContain("Số tiền bằng số: 31.000 đồng");
    expect(seen).toContain("Số tiền bằng chữ: Ba mươi mốt nghìn đồng.");
    expect(seen).toContain(`Địa chỉ: ${ADDRESS}`);
    expect(seen).toContain("16.000");
    expect(seen).not.toMatch(/verify/i);
    const paidAt = (await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).settledAt!;
    const vn = new Date(paidAt.getTime() + 7 * 3_600_000);
    const two = (n: number) => String(n).padStart(2, "0");
    expect(seen).toContain(
      `Thời gian nộp: ${two(vn.getUTCDate())}/${two(vn.getUTCMonth() + 1)}/${vn.getUTCFullYear()} ${two(vn.getUTCHours())}:${two(vn.getUTCMinutes())}`,
    );
  });

  it.each([["0"], ["-2"], ["2.5"], ["500"]])(
    "refuses %s copies in Vietnamese, in the preview and at submission, and files nothing",
    async (copies) => {
      const { citizen, id } = await draft(copies, false);
      const message = `Mục “Số bản sao” phải là một số nguyên từ 1 đến 100 (đã nhập “${copies}”); vui lòng sửa lại trong tờ khai để tính phí, lệ phí.`;
      expect(await billPreviewFor(citizen, id)).toEqual({ ok: false, error: message });
      await expect(submitDossier(citizen, id)).rejects.toMatchObject({ code: "INVALID_INPUT", message });
      expect(await db.dossier.findUniqueOrThrow({ where: { id }, select: { status: true, code: true } })).toEqual({
        status: "DRAFT",
        code: null,
      });
    },
  );

  it("refuses to bill a quantity changed to nonsense after filing, storing no bill", async () => {
    const { citizen, id } = await draft("2", false);
    const counter = await received(id, citizen);
    const { formData } = await db.dossier.findUniqueOrThrow({ where: { id }, select: { formData: true } });
    await db.dossier.update({ where: { id }, data: { formData: { ...(formData as object), copies: "0" } } });
    await expect(takeStaffAction(counter, id, "REQUEST_PAYMENT", { version: await version(id) })).rejects.toMatchObject(
      { code: "INVALID_INPUT", message: /^Mục “Số bản sao” phải là một số nguyên từ 1 đến 100/ },
    );
    expect(await db.bill.findUnique({ where: { dossierId: id } })).toBeNull();
    expect((await db.dossier.findUniqueOrThrow({ where: { id } })).status).toBe("RECEIVED");
  });

  it("shows the preview to no one but those who may read the dossier", async () => {
    const { id } = await draft("1", false);
    await expect(billPreviewFor(await seedCitizen("Người Lạ"), id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("administrators set how a fee is counted", () => {
  // Chứng thực chữ ký (2.000884): its e-form has a number field "copies" (Số bản); no other test bills it.
  const SIGNATURE = "2.000884";
  const PROVINCE_ADMIN = "072083300002";
  const fees = () =>
    db.procedureFee.findMany({
      where: { procedure: { code: SIGNATURE } },
      orderBy: { id: "asc" },
      select: { id: true, amountVnd: true, quantityField: true, unitName: true },
    });

  it("stores a per-copy fee on a number field of the e-form, and refuses any other field or a missing unit", async () => {
    const admin = await actorByPersonalId(PROVINCE_ADMIN);
    const before = await fees();
    const base = { kind: "FEE", amountVnd: "3000", description: "Phí thử theo bản" };
    await expect(
      saveProcedureFee(admin, SIGNATURE, { ...base, quantityField: "documentName", unitName: "bản" }),
    ).rejects.toMatchObject({ message: "Trường số lượng phải là một trường kiểu số của tờ khai điện tử." });
    await expect(
      saveProcedureFee(admin, SIGNATURE, { ...base, quantityField: "khongCo", unitName: "bản" }),
    ).rejects.toMatchObject({ message: "Trường số lượng phải là một trường kiểu số của tờ khai điện tử." });
    await expect(saveProcedureFee(admin, SIGNATURE, { ...base, quantityField: "copies" })).rejects.toMatchObject({
      fieldErrors: { unitName: expect.anything() },
    });
    expect(await fees()).toEqual(before);

    const { id } = await saveProcedureFee(admin, SIGNATURE, { ...base, quantityField: "copies", unitName: "bản" });
    expect(await db.procedureFee.findUniqueOrThrow({ where: { id } })).toMatchObject({
      amountVnd: 3000,
      quantityField: "copies",
      unitName: "bản",
    });
    await removeProcedureFee(admin, SIGNATURE, id);
    expect(await fees()).toEqual(before);
  });
});
