import { expect, type Page } from "@playwright/test";

/** From the procedure page, the signed-in citizen starts a birth registration at Tân Ninh; returns the draft's path. */
export async function startBirthRegistrationDraft(page: Page): Promise<string> {
  await page.goto("/thu-tuc/1.001193");
  await page.getByLabel("Cơ quan tiếp nhận hồ sơ").selectOption({ label: "Ủy ban nhân dân phường Tân Ninh" });
  await page.getByRole("button", { name: "Nộp hồ sơ trực tuyến" }).click();
  await expect(page).toHaveURL(/\/ho-so\/[a-z0-9]+$/);
  return new URL(page.url()).pathname;
}
