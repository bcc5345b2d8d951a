// Every citizen page, checked with axe: no serious or critical WCAG 2 A/AA violation, on desktop
// and on the phone profile (the citizen pages' quality bar).
import { test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { startBirthRegistrationDraft } from "./support/draft";
import { createIdentityAndSignIn, newPerson } from "./support/identity";
import { seedSubmittedDossier } from "./support/seed";

test("public pages have no serious accessibility violation", async ({ page }) => {
  for (const path of [
    "/",
    "/thu-tuc",
    "/thu-tuc?q=khai+sinh",
    "/thu-tuc/1.001193",
    "/tra-cuu",
    "/tra-cuu?ma=000.21.01.H80-261123-9999",
    "/dang-nhap",
  ]) {
    await expectAccessible(page, path);
  }
});

test("signed-in citizen pages and every wizard step have no serious accessibility violation", async ({ page }) => {
  const citizen = newPerson();
  await page.goto("/dang-nhap");
  await createIdentityAndSignIn(page, citizen);
  const submitted = await seedSubmittedDossier(citizen.personalId);

  const draft = await startBirthRegistrationDraft(page);

  const steps = await page.getByRole("navigation", { name: "Các bước nộp hồ sơ" }).getByRole("link").count();
  for (let step = 1; step <= steps; step++) await expectAccessible(page, `${draft}?buoc=${step}`);
  for (const path of ["/ho-so", `/ho-so/${submitted.id}`, "/kho-du-lieu", "/ho-so-ca-nhan"])
    await expectAccessible(page, path);
});
