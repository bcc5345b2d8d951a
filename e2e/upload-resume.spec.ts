// On a weak phone network the connection comes and goes: an upload cut off by the network going
// away continues by itself when it comes back, from the last byte the server has, without the
// citizen pressing anything (components/upload/use-resumable-uploads.ts).
import { expect, test } from "@playwright/test";
import { writeBigScan } from "./support/big-scan";
import { startBirthRegistrationDraft } from "./support/draft";
import { createIdentityAndSignIn, newPerson } from "./support/identity";
import { pageAs } from "./support/roles";
import { seedSubmittedDossier } from "./support/seed";

test("an upload interrupted by the network going offline finishes by itself when it is back, sent once", async ({
  page,
  context,
}, testInfo) => {
  const citizen = newPerson();
  await page.goto("/dang-nhap");
  await createIdentityAndSignIn(page, citizen);
  const draft = await startBirthRegistrationDraft(page);
  await page.getByRole("link", { name: /Giấy tờ kèm theo/ }).click();
  await expect(page).toHaveURL(/buoc=4$/);
  const scan = testInfo.outputPath("ban-ve-12mb.pdf");
  writeBigScan(scan, 12); // three 5 MB chunks

  // Every upload the page creates (POST) and every chunk it sends (PATCH, with its offset). The
  // network goes away as the second chunk starts: the first 5 MB are on the server.
  let creations = 0;
  const offsets: number[] = [];
  let offline = false;
  await page.route("**/api/uploads**", async (route) => {
    const request = route.request();
    if (request.method() === "POST") creations += 1;
    if (request.method() !== "PATCH") return route.continue();
    const offset = Number(request.headers()["upload-offset"]);
    offsets.push(offset);
    if (offset > 0 && !offline) {
      offline = true;
      await context.setOffline(true);
      return route.abort("internetdisconnected").catch(() => undefined); // the page may have dropped it first
    }
    return route.continue();
  });

  const documents = page.getByRole("region", { name: "Giấy tờ kèm theo" });
  await page.locator('input[type=file][data-required="true"]').first().setInputFiles(scan);
  await expect(page.getByRole("status").filter({ hasText: "Mất kết nối — sẽ tự tải tiếp khi có mạng" })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole("button", { name: "Thử lại" })).toHaveCount(0);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  // Nothing is clicked: the network comes back and the upload goes on.
  await context.setOffline(false);
  await expect(page.getByText("ban-ve-12mb.pdf")).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("status").filter({ hasText: "Mất kết nối" })).toHaveCount(0);

  // One upload created, its first chunk sent once, the rest from where the server stopped.
  expect(creations).toBe(1);
  expect(offsets.filter((o) => o === 0)).toHaveLength(1);
  expect(offsets.at(-1)).toBe(10 * 1024 * 1024);
  // The server keeps one file for the component, not two.
  await page.goto(`${draft}?buoc=4`);
  // (The file's name also appears among the document store's choices of every component.)
  await expect(documents.locator("li", { hasText: "ban-ve-12mb.pdf" })).toHaveCount(1);
});

test("the answer to a request to supplement offers the wizard's choices, and takes a paper from the document store", async ({
  page,
  browser,
}) => {
  const citizen = newPerson();
  await page.goto("/dang-nhap");
  await createIdentityAndSignIn(page, citizen);
  const dossier = await seedSubmittedDossier(citizen.personalId);

  const officer = await pageAs(browser, "counter", `/can-bo/ho-so/${dossier.id}`);
  await officer.getByText("Yêu cầu bổ sung hồ sơ", { exact: true }).first().click();
  const item = officer.locator("fieldset").filter({ hasText: "Giấy chứng sinh" });
  await item.getByRole("checkbox").check();
  await item.getByLabel("Lý do").fill("Ảnh chụp bị mờ");
  await officer.getByRole("button", { name: "Gửi yêu cầu bổ sung" }).click();
  await expect(officer.getByTestId("dossier-status")).toHaveText("Yêu cầu bổ sung giấy tờ");
  await officer.context().close();

  await page.goto(`/ho-so/${dossier.id}`);
  const panel = page.getByRole("region", { name: "Bổ sung hồ sơ theo yêu cầu" });
  // The same choices as in the wizard: a file, photos of the pages made into one PDF, the store.
  await expect(panel.getByRole("group", { name: "Chụp/ghép ảnh thành một tệp PDF" })).toBeVisible();
  const stored = panel.getByLabel("hoặc chọn từ kho dữ liệu");
  const option = stored.locator("option").filter({ hasText: "giay-to-da-nop-" }).first();
  const label = (await option.textContent())!;
  const fileName = label.split(" — ")[0];
  await stored.selectOption({ label });
  await expect(panel.locator("ul > li", { hasText: fileName })).toBeVisible();
  await panel.getByRole("button", { name: "Gửi bổ sung" }).click();
  await expect(page.getByTestId("dossier-status")).toHaveText("Mới đăng ký");
});
