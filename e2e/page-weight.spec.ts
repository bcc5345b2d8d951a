// The JavaScript budget (docs/performance.md, "Goals"): citizen pages ship at most 150 kB of gzipped JavaScript, except the upload
// step. Measured in bytes from a real page load (no timing), written to test-results/.
import { mkdirSync, writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { startBirthRegistrationDraft } from "./support/draft";
import { createIdentityAndSignIn, newPerson } from "./support/identity";
import { measurePage, type PageWeight } from "./support/page-weight";
import { seedSubmittedDossier } from "./support/seed";

const JS_BUDGET_BYTES = 150 * 1024;

test("citizen pages stay within the JavaScript budget", async ({ page }, testInfo) => {
  const citizen = newPerson();
  await page.goto("/dang-nhap");
  await createIdentityAndSignIn(page, citizen);
  const submitted = await seedSubmittedDossier(citizen.personalId);
  const draft = await startBirthRegistrationDraft(page);

  const pages = [
    "/",
    "/thu-tuc",
    "/thu-tuc/1.001193",
    "/tra-cuu?ma=000.21.01.H80-261123-0001",
    "/dang-nhap",
    "/ho-so",
    `/ho-so/${submitted.id}`,
    "/kho-du-lieu",
    "/ho-so-ca-nhan",
  ];
  const steps = [1, 2, 3, 5, 6].map((n) => `${draft}?buoc=${n}`); // step 4 is the upload step, exempt
  const weights: PageWeight[] = [];
  for (const path of [...pages, ...steps]) weights.push(await measurePage(page, path));
  weights.push({ ...(await measurePage(page, `${draft}?buoc=4`)), path: `${draft}?buoc=4 (upload step, no budget)` });
  // In English the strings travel in the HTML, not in the JavaScript: the figures stay the same.
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  for (const path of ["/thu-tuc", `/ho-so/${submitted.id}`, `${draft}?buoc=1`])
    weights.push({ ...(await measurePage(page, path)), path: `${path} (English)` });

  mkdirSync("test-results", { recursive: true });
  writeFileSync(`test-results/page-weight-${testInfo.project.name}.json`, JSON.stringify(weights, null, 2));
  console.table(
    weights.map((w) => ({
      page: w.path,
      "JS kB (gzip)": (w.jsGzipBytes / 1024).toFixed(1),
      "total kB (gzip)": (w.totalGzipBytes / 1024).toFixed(1),
      requests: w.requests,
    })),
  );
  for (const w of weights.filter((w) => !w.path.includes("upload step"))) {
    expect(
      w.jsGzipBytes,
      `${w.path}: ${(w.jsGzipBytes / 1024).toFixed(1)} kB of gzipped JavaScript`,
    ).toBeLessThanOrEqual(JS_BUDGET_BYTES);
  }
});
