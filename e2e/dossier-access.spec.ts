// "Ai đã xem hồ sơ của bạn" (lib/dossiers/access-log.ts): an officer's view and print of a dossier
// appear on its applicant's page, with agency, role, name and what was done.
import { expect, test } from "@playwright/test";
import { createIdentityAndSignIn, newPerson } from "./support/identity";
import { pageAs } from "./support/roles";
import { seedSubmittedDossier } from "./support/seed";

test("the applicant sees who opened and printed their dossier", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const citizen = newPerson();
  await page.goto("/dang-nhap");
  await createIdentityAndSignIn(page, citizen);
  const dossier = await seedSubmittedDossier(citizen.personalId);

  await page.goto(`/ho-so/${dossier.id}`);
  const section = page.getByRole("region", { name: "Ai đã xem hồ sơ của bạn" });
  await expect(section).toContainText("Chưa có cán bộ nào mở hồ sơ này.");

  const staff = await pageAs(browser, "counter", `/can-bo/ho-so/${dossier.id}`);
  expect((await staff.request.get(`/api/dossiers/${dossier.id}/receipt`)).status()).toBe(200);
  await staff.context().close();

  await page.reload();
  const rows = section.getByRole("row");
  await expect(rows).toHaveCount(3); // the header and two accesses, newest first
  for (const [i, kind] of [
    [1, "In giấy tờ"],
    [2, "Xem hồ sơ"],
  ] as const) {
    const cells = rows.nth(i).getByRole("cell");
    await expect(cells.nth(0)).toHaveText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    await expect(cells.nth(1)).toHaveText("Ủy ban nhân dân phường Tân Ninh");
    await expect(cells.nth(2)).toHaveText("Cán bộ tiếp nhận (Bộ phận một cửa)");
    await expect(cells.nth(3)).toHaveText("Phạm Thị Dung");
    await expect(cells.nth(4)).toHaveText(kind);
  }
});
