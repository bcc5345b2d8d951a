// Notifications end to end: the counter officer receives a citizen's dossier, the
// outbox worker inside the server sends the e-mail over SMTP to the development mail catcher,
// and the mail is read back on the catcher's page (/dev/thu) — a real mail, not a mock.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { createPrismaClient } from "../lib/db/create-client";
import { numericDate } from "../lib/text/vietnamese-dates";
import { E2E } from "./e2e-env";
import { createIdentityAndSignIn, newPerson } from "./support/identity";
import { applicantPersonalIdColumns, userWithPersonalId } from "./support/personal-id";
import { pageAs } from "./support/roles";
import { seedDossierCode, seedSubmittedDossier } from "./support/seed";

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
  // The appointment printed on Mẫu 01, as a date (birth registration: same day, a limit in days).
  const db = createPrismaClient(E2E.databaseUrl(), 1);
  const { dueAt } = await db.dossier.findUniqueOrThrow({ where: { id: dossier.id }, select: { dueAt: true } });
  await db.$disconnect();
  await expect(body).toContainText(`Ngày hẹn trả kết quả: ${numericDate(dueAt!)}.`);
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

test("the fee request e-mail states the bill's lines and the amount to pay", async ({ page, browser }) => {
  const citizen = newPerson();
  await page.goto("/dang-nhap");
  await createIdentityAndSignIn(page, citizen);
  // Cấp bản sao trích lục hộ tịch (2.000635), received, two copies asked: 2 × 8.000 đồng.
  const db = createPrismaClient(E2E.databaseUrl(), 1);
  const user = await db.user.findUniqueOrThrow({ where: userWithPersonalId(citizen.personalId) });
  const procedure = await db.procedure.findUniqueOrThrow({
    where: { code: "2.000635" },
    select: { id: true, components: { where: { required: true }, select: { id: true } } },
  });
  const agency = await db.agency.findUniqueOrThrow({ where: { code: "000.21.01.H80" } });
  const code = await seedDossierCode(agency, "991229");
  const now = new Date();
  const dossier = await db.dossier.create({
    data: {
      code,
      procedureId: procedure.id,
      agencyId: agency.id,
      receivingAgencyId: agency.id,
      status: "RECEIVED",
      channel: "ONLINE",
      applicantId: user.id,
      ...applicantPersonalIdColumns(citizen.personalId),
      applicantName: user.fullName,
      applicantNameSearch: user.fullName.toLowerCase(),
      applicantEmail: user.email,
      formData: { copies: "2" },
      submittedAt: now,
      receivedAt: now,
      dueAt: new Date(now.getTime() + 4 * 3_600_000),
      version: 2,
      events: {
        create: [
          { action: "SUBMIT", fromStatus: "DRAFT", toStatus: "SUBMITTED", actorId: user.id },
          { action: "RECEIVE", fromStatus: "SUBMITTED", toStatus: "RECEIVED" },
        ],
      },
      attachments: {
        create: procedure.components.map((c) => ({
          componentId: c.id,
          fileName: `giay-to-${c.id.slice(-4)}.pdf`,
          mimeType: "application/pdf",
          sizeBytes: 682,
          sha256: "0".repeat(64),
          storageKey: randomUUID().replace(/-/g, ""),
          uploadedById: user.id,
        })),
      },
    },
  });
  await db.$disconnect();

  const staff = await pageAs(browser, "counter", `/can-bo/ho-so/${dossier.id}`);
  await staff.getByRole("button", { name: "Yêu cầu nộp phí, lệ phí", exact: true }).click();
  await expect(staff.getByTestId("dossier-status")).toHaveText("Yêu cầu thực hiện nghĩa vụ tài chính");

  const subject = `Hồ sơ ${code}: thông báo nộp phí, lệ phí`;
  const mail = page.getByTestId("caught-mail").filter({ hasText: subject });
  await expect(async () => {
    await page.goto("/dev/thu");
    await expect(mail).toHaveCount(1);
  }).toPass({ timeout: 60_000 });
  await mail.getByText(subject).click();
  const body = mail.getByTestId("caught-mail-text");
  await expect(body).toContainText("2 bản × 8.000 đồng — 16.000 đồng");
  await expect(body).toContainText("Số tiền cần nộp: 16.000 đồng.");
  await staff.context().close();
});
