// Fees paid online through the local gateway simulator (VNPay 2.1.0 protocol,
// docs/decisions/010-payment-gateway.md): the dossier waiting for payment moves on once the gateway's notification is
// verified; a cancelled payment leaves it waiting with a clear message and a retry that works;
// the counter officer's cash form refuses an amount other than the bill's.
import { expect, test, type Page } from "@playwright/test";
import { createIdentityAndSignIn, newPerson } from "./support/identity";
import { pageAs } from "./support/roles";
import { FEE_DRAFT_ADDRESS, seedDossierAwaitingPayment, seedFeeDraft, settledAtOf } from "./support/payment-seed";
import { extractText, normalizedText } from "../lib/pdf/test-fixtures";
import { expectNoSeriousViolations } from "./support/axe";

const WAITING = "Yêu cầu thực hiện nghĩa vụ tài chính";

async function citizenWithDossier(page: Page) {
  const citizen = newPerson();
  await page.goto("/dang-nhap");
  await createIdentityAndSignIn(page, citizen);
  const dossier = await seedDossierAwaitingPayment(citizen.personalId);
  await page.goto(`/ho-so/${dossier.id}`);
  const panel = page.getByRole("region", { name: "Phí, lệ phí" });
  await expect(panel.getByTestId("bill-total")).toHaveText("8.000 đồng");
  await expect(page.getByTestId("dossier-status")).toHaveText(WAITING);
  return { dossier, panel };
}

/** Through the simulator's page: the given choice, then back to the dossier page. */
async function atGateway(page: Page, choice: "Thanh toán" | "Hủy giao dịch" | "Giao dịch lỗi") {
  await page.getByRole("button", { name: "Thanh toán trực tuyến" }).click();
  await page.waitForURL(/\/gateway-sim\/pay\?/);
  await expect(page.getByText("8.000 đồng")).toBeVisible();
  await page.getByRole("button", { name: choice, exact: true }).click();
  await page.waitForURL(/\/ho-so\/[^/]+\?thanh-toan=1/);
}

test("a citizen pays online through the gateway and the dossier moves on to processing", async ({ page }) => {
  test.setTimeout(120_000);
  const { dossier, panel } = await citizenWithDossier(page);
  await expectNoSeriousViolations(page);
  await atGateway(page, "Thanh toán");
  await expect(page.getByTestId("dossier-status")).toHaveText("Đang xử lý");
  await expect(panel.getByTestId("bill-state")).toHaveText("Đã nộp");
  await expect(panel.getByText("Bạn đã nộp phí, lệ phí.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Thanh toán trực tuyến" })).toHaveCount(0);
  const receipt = await page.request.get(
    (await panel.getByRole("link", { name: /Biên lai BL-/ }).getAttribute("href"))!,
  );
  expect(receipt.status()).toBe(200);
  expect(receipt.headers()["content-type"]).toBe("application/pdf");
  expect(dossier.totalVnd).toBe(8000);
});

test("a payment cancelled at the gateway leaves the dossier waiting, with a message and a retry that works", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { panel } = await citizenWithDossier(page);
  await atGateway(page, "Hủy giao dịch");
  await expect(panel.getByTestId("payment-message")).toContainText("Bạn đã hủy giao dịch tại cổng thanh toán");
  await expect(page.getByTestId("dossier-status")).toHaveText(WAITING);
  await expect(panel.getByTestId("bill-state")).toHaveText("Chưa nộp");
  await expectNoSeriousViolations(page);

  await atGateway(page, "Giao dịch lỗi");
  await expect(panel.getByTestId("payment-message")).toContainText("Giao dịch không thành công");

  await atGateway(page, "Thanh toán");
  await expect(page.getByTestId("dossier-status")).toHaveText("Đang xử lý");
  await expect(panel.getByTestId("payment-message")).toHaveCount(0);
});

test("the counter officer's cash form refuses an amount other than the bill, then records it", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const { dossier } = await citizenWithDossier(page);
  const officer = await pageAs(browser, "counter", `/can-bo/ho-so/${dossier.id}`);
  const form = officer.getByRole("form", { name: "Thu tiền mặt tại quầy" });
  await form.getByLabel("Số tiền đã thu (đồng)").fill("7000");
  await form.getByRole("button", { name: "Ghi nhận đã thu tiền" }).click();
  await expect(form.getByRole("alert")).toHaveText("Số tiền thu phải đúng bằng tổng hóa đơn.");
  await expect(form.getByLabel("Số tiền đã thu (đồng)")).toHaveValue("7000");
  await form.getByLabel("Số tiền đã thu (đồng)").fill("8.000");
  await form.getByRole("button", { name: "Ghi nhận đã thu tiền" }).click();
  await expect(officer.getByTestId("bill-state")).toHaveText("Đã nộp");
  await expect(officer.getByTestId("dossier-status")).toHaveText("Đang xử lý");
});

// The whole fee journey, every figure worked out by hand: 2 copies of a trích lục at 8.000 đồng
// each (TT 281/2016/TT-BTC) = 16.000 đồng, plus 15.000 đồng postage = 31.000 đồng.
const FEE_ROW = ["Phí", "Phí cấp bản sao trích lục hộ tịch: 2 bản × 8.000 đồng", "16.000 đồng"];
const POSTAGE_ROW = [
  "Cước bưu chính",
  "Cước chuyển phát kết quả qua bưu chính (cùng xã, phường, đến 100 g)",
  "15.000 đồng",
];

/** "dd/MM/yyyy HH:mm" in Vietnam (UTC+7, no daylight saving), worked out without the app's formatter. */
function vietnamTime(instant: Date): string {
  const v = new Date(instant.getTime() + 7 * 3_600_000);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(v.getUTCDate())}/${two(v.getUTCMonth() + 1)}/${v.getUTCFullYear()} ${two(v.getUTCHours())}:${two(v.getUTCMinutes())}`;
}

test("2 copies and postage are shown before submission, billed after reception, paid and printed on the biên lai", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const citizen = newPerson();
  await page.goto("/dang-nhap");
  await createIdentityAndSignIn(page, citizen);
  const draft = await seedFeeDraft(citizen.personalId);

  // Before submission: below the delivery choice, and on the check-answers step.
  for (const step of [draft.deliveryStep, draft.reviewStep]) {
    await page.goto(`/ho-so/${draft.id}?buoc=${step}`);
    const preview = page.getByTestId("bill-preview");
    await expect(preview.getByRole("heading")).toHaveText("Phí, lệ phí và cước phải nộp (dự kiến)");
    await expect(preview.locator("tbody td")).toHaveText([...FEE_ROW, ...POSTAGE_ROW]);
    await expect(preview.getByTestId("bill-preview-total")).toHaveText("31.000 đồng");
  }
  await page.getByRole("button", { name: "Nộp hồ sơ" }).click();
  await page.waitForURL(/da-nop=1/);

  // The counter receives it and asks for payment: the bill has the previewed lines.
  const officer = await pageAs(browser, "counter", `/can-bo/ho-so/${draft.id}`);
  for (const [action, status] of [
    ["Tiếp nhận hồ sơ", "Được tiếp nhận"],
    ["Yêu cầu nộp phí, lệ phí", WAITING],
  ]) {
    await officer.getByRole("button", { name: action, exact: true }).click();
    await expect(officer.getByTestId("dossier-status")).toHaveText(status);
  }
  await expect(officer.getByTestId("bill-total")).toHaveText("31.000 đồng");
  await officer.context().close();

  // The citizen's bill, the gateway's amount, then the biên lai.
  await page.goto(`/ho-so/${draft.id}`);
  const panel = page.getByRole("region", { name: "Phí, lệ phí" });
  await expect(panel.locator("tbody td")).toHaveText([...FEE_ROW, ...POSTAGE_ROW]);
  await expect(panel.getByTestId("bill-total")).toHaveText("31.000 đồng");
  await expect(panel).not.toContainText(/verify/i);
  await page.getByRole("button", { name: "Thanh toán trực tuyến" }).click();
  await page.waitForURL(/\/gateway-sim\/pay\?/);
  await expect(page.getByText("31.000 đồng")).toBeVisible();
  await page.getByRole("button", { name: "Thanh toán", exact: true }).click();
  await page.waitForURL(/\/ho-so\/[^/]+\?thanh-toan=1/);
  await expect(page.getByTestId("dossier-status")).toHaveText("Đang xử lý");
  await expect(panel.getByTestId("bill-state")).toHaveText("Đã nộp");

  const receipt = await page.request.get(
    (await panel.getByRole("link", { name: /Biên lai BL-/ }).getAttribute("href"))!,
  );
  expect(receipt.status()).toBe(200);
  const text = extractText(new Uint8Array(await receipt.body()));
  expect(text, "pdftotext (poppler-utils) is installed by npm test").not.toBeNull();
  const seen = normalizedText(text!);
  // The table's cells wrap (A5): each line's description starts beside its amount.
  expect(seen).toContain("Phí Phí cấp bản sao trích lục hộ tịch: 2 bản × 8.000 16.000 đồng");
  expect(seen).toContain("Cước chuyển phát kết quả qua bưu chính (cùng 15.000");
  expect(seen).toContain("Tổng cộng 31.000");
  expect(seen).toContain("Số tiền bằng số: 31.000 đồng");
  expect(seen).toContain("Số tiền bằng chữ: Ba mươi mốt nghìn đồng.");
  expect(seen).toContain(`Ông/Bà: ${citizen.fullName}`);
  expect(seen).toContain(`Địa chỉ: ${FEE_DRAFT_ADDRESS}`);
  expect(seen).toContain(`Thời gian nộp: ${vietnamTime(await settledAtOf(draft.id))}`);
  expect(seen).not.toMatch(/verify/i);
});
