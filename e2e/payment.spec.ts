// Fees paid online through the local gateway simulator (VNPay 2.1.0 protocol,
// docs/decisions/010-payment-gateway.md): the dossier waiting for payment moves on once the gateway's notification is
// verified; a cancelled payment leaves it waiting with a clear message and a retry that works;
// the counter officer's cash form refuses an amount other than the bill's.
import { expect, test, type Page } from "@playwright/test";
import { createIdentityAndSignIn, newPerson } from "./support/identity";
import { pageAs } from "./support/roles";
import { seedDossierAwaitingPayment } from "./support/payment-seed";
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
