// Notifications end to end: the counter officer receives a citizen's dossier, the
// outbox worker inside the server sends the e-mail over SMTP to the development mail catcher,
// and the mail is read back on the catcher's page (/dev/thu) — a real mail, not a mock.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { createPrismaClient } from "../lib/db/create-client";
import { E2E } from "./e2e-env";
import { createIdentityAndSignIn, newPerson } from "./support/identity";
import { pageAs } from "./support/roles";
import { seedSubmittedDossier } from "./support/seed";

test("the citizen's 'received' e-mail carries the dossier code and the Mẫu 01 link", async ({ page, browser }) => {
  const citizen = newPerson();
  await page.goto("/dang-nhap");
  await createIdentityAndSignIn(page, citizen);
  const dossier = await seedSubmittedDossier(citizen.personalId);

  const staff = await pageAs(browser, "counter", `/can-bo/ho-so/${dossier.id}`);
  const context = staff.context();
  await staff.getByRole("button", { name: "Tiếp nhận hồ sơ", exact: true }).click();
  await expect(staff.getByTestId("dossier-status")).toHaveText("Được tiếp nhận");

  // The worker polls every few seconds: reload the mailbox until the mail is there.
  const subject = `Hồ sơ ${dossier.code} đã được tiếp nhận`;
  const mail = page.getByTestId("caught-mail").filter({ hasText: subject });
  await expect(async () => {
    await page.goto("/dev/thu");
    await expect(mail).toHaveCount(1);
  }).toPass({ timeout: 60_000 });
  await expect(mail).toContainText(citizen.email);
  await mail.getByText(subject).click();
  const body = mail.getByTestId("caught-mail-text");
  await expect(body).toContainText(dossier.code);
  const receiptLink = `${E2E.baseURL}/api/dossiers/${dossier.id}/mau-01`;
  await expect(body).toContainText(receiptLink);
  await expect(body).toContainText(`${E2E.baseURL}/ho-so/${dossier.id}`);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual(
    [],
  );
  // The HTML body links the receipt too.
  const html = await page.request.get(
    (await mail.getByRole("link", { name: "Xem bản HTML của thư" }).getAttribute("href"))!,
  );
  expect(html.headers()["content-security-policy"]).toContain("sandbox");
  expect(await html.text()).toContain(`href="${receiptLink}"`);

  // The link works for the citizen, and the staff see the delivery in the dossier's history.
  const receipt = await page.request.get(receiptLink);
  expect(receipt.status()).toBe(200);
  expect(receipt.headers()["content-type"]).toBe("application/pdf");
  await staff.reload();
  const history = staff.getByRole("region", { name: "Thông báo đã gửi" });
  await expect(
    history.getByTestId("notification-row").filter({ hasText: "dossier.receive" }).filter({ hasText: "Thư điện tử" }),
  ).toContainText("Đã gửi");
  await context.close();
});

test("an administrator sees a failed delivery with its reason and sends it again", async ({
  page: citizenPage,
  browser,
}) => {
  const citizen = newPerson();
  await citizenPage.goto("/dang-nhap");
  await createIdentityAndSignIn(citizenPage, citizen);
  const dossier = await seedSubmittedDossier(citizen.personalId);
  // A delivery that gave up after its attempts (the worker's path is covered by the integration tests).
  const db = createPrismaClient(E2E.databaseUrl(), 1);
  const reason = `550 Hộp thư ${citizen.email} không tồn tại`;
  const failed = await db.outboxMessage.create({
    data: {
      dossierId: dossier.id,
      channel: "EMAIL",
      topic: "dossier.submit",
      recipient: citizen.email,
      payload: { code: dossier.code },
      state: "FAILED",
      attempts: 8,
      lastError: reason,
    },
  });

  const page = await pageAs(browser, "provinceAdmin", "/quan-tri");
  const context = page.context();
  await page.getByRole("link", { name: "Thông báo gửi lỗi" }).first().click();
  await expect(page.getByRole("heading", { name: "Thông báo gửi không thành công" })).toBeVisible();
  const row = page.getByTestId("failed-delivery").filter({ hasText: dossier.code });
  await expect(row).toContainText(reason);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual(
    [],
  );
  await row.getByRole("button", { name: "Gửi lại" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã đưa thông báo vào hàng đợi gửi lại." })).toBeVisible();
  await expect
    .poll(async () => (await db.outboxMessage.findUniqueOrThrow({ where: { id: failed.id } })).state)
    .not.toBe("FAILED");
  await page.reload();
  await expect(page.getByTestId("failed-delivery").filter({ hasText: dossier.code })).toHaveCount(0);
  await db.$disconnect();
  await context.close();
});
