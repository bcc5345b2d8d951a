// Citizen journeys beyond the walking skeleton: withdraw a dossier, reuse documents
// from the personal store (once-only), answer a request to supplement item by item.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startBirthRegistrationDraft } from "./support/draft";
import { createIdentityAndSignIn, newPerson } from "./support/identity";
import { pageAs } from "./support/roles";
import { seedSubmittedDossier } from "./support/seed";

const PDF = path.resolve("e2e/fixtures/giay-chung-sinh.pdf");

test("a citizen withdraws a dossier not yet decided, giving a reason", async ({ page }) => {
  const citizen = newPerson();
  await page.goto("/dang-nhap");
  await createIdentityAndSignIn(page, citizen);
  const dossier = await seedSubmittedDossier(citizen.personalId);

  await page.goto(`/ho-so/${dossier.id}`);
  await page.getByText("Rút hồ sơ", { exact: true }).click();
  await page.getByRole("button", { name: "Xác nhận rút hồ sơ" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Vui lòng cho biết lý do rút hồ sơ." })).toBeVisible();
  await expect(page.getByTestId("dossier-status")).toHaveText("Mới đăng ký");

  await page.getByLabel("Lý do rút hồ sơ").fill("Tôi đã nộp nhầm thủ tục.");
  await page.getByRole("button", { name: "Xác nhận rút hồ sơ" }).click();
  await expect(page.getByTestId("dossier-status")).toHaveText("Công dân yêu cầu rút hồ sơ");
  await expect(page.getByTestId("timeline")).toContainText("Tôi đã nộp nhầm thủ tục.");
  await expect(page.getByRole("button", { name: "Xác nhận rút hồ sơ" })).toHaveCount(0);
});

test("a citizen attaches documents from the personal store instead of uploading them again", async ({ page }) => {
  const citizen = newPerson();
  await page.goto("/dang-nhap");
  await createIdentityAndSignIn(page, citizen);
  await seedSubmittedDossier(citizen.personalId);

  await page.goto("/kho-du-lieu");
  await expect(page.getByRole("listitem")).not.toHaveCount(0);

  await startBirthRegistrationDraft(page);
  await page.getByRole("link", { name: /Giấy tờ kèm theo/ }).click();
  await expect(page).toHaveURL(/buoc=4$/);

  const pickers = page.getByLabel("hoặc chọn từ kho dữ liệu");
  await expect(pickers.first()).toBeVisible();
  const count = await pickers.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const options = pickers.nth(i).locator("option");
    await pickers.nth(i).selectOption({ index: 1 + (i % ((await options.count()) - 1)) });
    await expect(page.getByRole("button", { name: /^Xoá tệp giay-to-da-nop/ })).toHaveCount(i + 1);
  }
  await page.getByRole("link", { name: "Tiếp tục" }).click();
  await expect(page).toHaveURL(/buoc=5$/);
  await page.getByRole("link", { name: /Kiểm tra và nộp hồ sơ/ }).click();
  await expect(page).toHaveURL(/buoc=6$/);
  await expect(page.getByText("Chưa đính kèm (bắt buộc)")).toHaveCount(0);
});

test("an officer asks for one item again, and the citizen sends back only that item", async ({ page, browser }) => {
  const citizen = newPerson();
  await page.goto("/dang-nhap");
  await createIdentityAndSignIn(page, citizen);
  const dossier = await seedSubmittedDossier(citizen.personalId);

  // The counter officer ticks the unreadable document and says why (Mẫu 02).
  const officer = await pageAs(browser, "counter", `/can-bo/ho-so/${dossier.id}`);
  const staff = officer.context();
  await officer.getByText("Yêu cầu bổ sung hồ sơ", { exact: true }).first().click();
  await officer.getByRole("button", { name: "Gửi yêu cầu bổ sung" }).click();
  await expect(
    officer.getByRole("alert").filter({ hasText: "Vui lòng chọn ít nhất một giấy tờ cần bổ sung." }),
  ).toBeVisible();
  const item = officer.locator("fieldset").filter({ hasText: "Giấy chứng sinh" });
  await item.getByRole("checkbox").check();
  await item.getByLabel("Lý do").fill("Ảnh chụp bị mờ, không đọc được số giấy chứng sinh");
  await officer.getByRole("button", { name: "Gửi yêu cầu bổ sung" }).click();
  await expect(officer.getByTestId("dossier-status")).toHaveText("Yêu cầu bổ sung giấy tờ");
  await staff.close();

  // The citizen sees exactly that item and why, and answers it alone.
  await page.goto(`/ho-so/${dossier.id}`);
  const panel = page.getByRole("region", { name: "Bổ sung hồ sơ theo yêu cầu" });
  await expect(panel.getByRole("listitem")).toHaveCount(1);
  await expect(panel).toContainText("Ảnh chụp bị mờ, không đọc được số giấy chứng sinh");
  await panel.getByRole("button", { name: "Gửi bổ sung" }).click();
  await expect(panel.getByRole("alert")).toContainText("Còn thiếu giấy tờ bổ sung");
  await panel.locator("input[type=file]").setInputFiles(PDF);
  await expect(panel.getByText("giay-chung-sinh.pdf")).toBeVisible();
  await panel.getByRole("button", { name: "Gửi bổ sung" }).click();
  await expect(page.getByTestId("dossier-status")).toHaveText("Mới đăng ký");
  await expect(page.getByTestId("timeline")).toContainText("Bổ sung hồ sơ");
});

test("an upload cut off midway resumes from where it stopped, without sending the first part again", async ({
  page,
}, testInfo) => {
  const citizen = newPerson();
  await page.goto("/dang-nhap");
  await createIdentityAndSignIn(page, citizen);
  await startBirthRegistrationDraft(page);
  await page.getByRole("link", { name: /Giấy tờ kèm theo/ }).click();
  await expect(page).toHaveURL(/buoc=4$/);

  // A 12 MB scan: three 5 MB chunks. The connection drops during the second one. Its bytes are
  // an image inside a stream object, as in a scanner's PDF: bytes outside any object would make
  // the file unreadable and refused (lib/files/pdf-active-content.ts).
  const big = testInfo.outputPath("ban-ve-12mb.pdf");
  mkdirSync(path.dirname(big), { recursive: true });
  const image = Buffer.alloc(12 * 1024 * 1024, 7);
  writeFileSync(
    big,
    Buffer.concat([
      Buffer.from(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n" +
          `3 0 obj<</Type/XObject/Subtype/Image/Filter/DCTDecode/Length ${image.length}>>stream\n`,
      ),
      image,
      Buffer.from("\nendstream\nendobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"),
    ]),
  );
  const offsets: number[] = [];
  let cut = false;
  await page.route("**/api/uploads/**", async (route) => {
    const request = route.request();
    if (request.method() !== "PATCH") return route.continue();
    const offset = Number(request.headers()["upload-offset"]);
    offsets.push(offset);
    if (offset > 0 && !cut) {
      cut = true;
      return route.abort("connectionreset");
    }
    return route.continue();
  });

  await page.locator('input[type=file][data-required="true"]').first().setInputFiles(big);
  await expect(page.getByText("ban-ve-12mb.pdf")).toBeVisible({ timeout: 60_000 });
  expect(cut).toBe(true);
  // After the cut the client asked the server where it stopped and went on from there:
  // no chunk was sent from the beginning again.
  expect(offsets.filter((o) => o === 0)).toHaveLength(1);
  expect(offsets.at(-1)).toBeGreaterThan(0);
});
