// The legal forms of a dossier (docs/decisions/007-legal-forms.md): each page lists only the forms that exist,
// the internal control slip (Mẫu 05) stays off the citizen's page and route, and the tracking
// book (Mẫu 06) is printed for a date range, with a Vietnamese message for a bad range.
import { expect, test, type Page } from "@playwright/test";
import { createIdentityAndSignIn, newPerson } from "./support/identity";
import { pageAs } from "./support/roles";
import { seedSubmittedDossier } from "./support/seed";
import { expectNoSeriousViolations } from "./support/axe";

const vnDate = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

test("forms per dossier for staff and citizen, and the tracking book for a date range", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const citizen = newPerson();
  await page.goto("/dang-nhap");
  await createIdentityAndSignIn(page, citizen);
  const dossier = await seedSubmittedDossier(citizen.personalId);

  const staff = await pageAs(browser, "counter", `/can-bo/ho-so/${dossier.id}`);
  const context = staff.context();
  const forms = staff.getByRole("region", { name: "Phiếu, giấy tờ của hồ sơ (PDF)" });
  await expect(forms).toHaveCount(0); // nothing issued yet
  await staff.getByRole("button", { name: "Tiếp nhận hồ sơ", exact: true }).click();
  await expect(staff.getByTestId("dossier-status")).toHaveText("Được tiếp nhận");
  await expect(forms.getByRole("link")).toHaveText([
    "In Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)",
    "In Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 05)",
  ]);
  const slip = await staff.request.get(`/api/dossiers/${dossier.id}/mau-05`);
  expect(slip.status()).toBe(200);
  expect(slip.headers()["content-type"]).toBe("application/pdf");
  await expectNoSeriousViolations(staff);

  // The applicant gets the receipt, not the agencies' internal slip.
  await page.goto(`/ho-so/${dossier.id}`);
  await expect(page.getByRole("region", { name: "Phiếu, giấy tờ của hồ sơ (PDF)" }).getByRole("link")).toHaveText([
    "Tải Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)",
  ]);
  expect((await page.request.get(`/api/dossiers/${dossier.id}/mau-01`)).status()).toBe(200);
  expect((await page.request.get(`/api/dossiers/${dossier.id}/mau-05`)).status()).toBe(404);

  // The tracking book: a reversed range is refused next to the field, then the right one lists the dossier.
  await staff.goto("/can-bo");
  await staff.getByRole("link", { name: "Sổ theo dõi hồ sơ (Mẫu 06)" }).click();
  await expect(staff.getByRole("heading", { name: "Sổ theo dõi hồ sơ (Mẫu 06)" })).toBeVisible();
  const today = vnDate(new Date());
  const later = vnDate(new Date(Date.now() + 10 * 86_400_000));
  await staff.getByLabel("Từ ngày").fill(later);
  await staff.getByLabel("Đến ngày").fill(today);
  await staff.getByRole("button", { name: "Xem sổ" }).click();
  await expect(staff.getByLabel("Đến ngày")).toHaveAccessibleDescription(
    "Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.",
  );
  await expect(staff.getByRole("link", { name: "Tải sổ (PDF, A4)" })).toHaveCount(0);
  await staff.getByLabel("Từ ngày").fill(today);
  await staff.getByLabel("Đến ngày").fill(later);
  await staff.getByRole("button", { name: "Xem sổ" }).click();
  await expect(staff.getByRole("cell", { name: dossier.code })).toBeVisible();
  await expectNoSeriousViolations(staff);
  const xlsx = await staff.request.get(
    (await staff.getByRole("link", { name: "Tải bảng tính (XLSX)" }).getAttribute("href"))!,
  );
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  const pdf = await staff.request.get(
    (await staff.getByRole("link", { name: "Tải sổ (PDF, A4)" }).getAttribute("href"))!,
  );
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  await context.close();
});
