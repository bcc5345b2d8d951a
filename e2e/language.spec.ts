// The citizen-facing UI in English (docs/decisions/009; the profile's language): a visitor's switch in the header
// (a cookie), a signed-in citizen's stored preference, and the way back to Vietnamese.
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { createIdentityAndSignIn, newPerson } from "./support/identity";
import { seedSubmittedDossier } from "./support/seed";

test("a visitor switches the portal to English and back with the header's switch", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tây Ninh Province Public Service Portal");

  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Procedures" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administrative procedures");
  await page.getByLabel("Procedure name or code").fill("khai sinh");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText(/^Found \d+ procedures$/)).toBeVisible();
  // The catalogue itself stays as published, in Vietnamese.
  await expect(page.getByRole("link", { name: "Đăng ký khai sinh", exact: true })).toHaveAttribute("lang", "vi");
  await page.getByRole("link", { name: "Đăng ký khai sinh", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Documents to submit" })).toBeVisible();
  await expect(
    page.getByRole("button", { name: "Sign in with your electronic identity account (VNeID)" }),
  ).toBeVisible();

  // English pages are as accessible as the Vietnamese ones (the Vietnamese data marked lang="vi").
  for (const path of ["/", "/thu-tuc", "/thu-tuc/1.001193", "/tra-cuu?ma=000.21.01.H80-261123-9999"])
    await expectAccessible(page, path);

  await page.goto("/thu-tuc/1.001193");
  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page.getByRole("heading", { name: "Thành phần hồ sơ" })).toBeVisible();
  await page.goto("/thu-tuc");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thủ tục hành chính");
});

test("a signed-in citizen who chooses English in the profile gets the dossiers and the wizard in English", async ({
  page,
}) => {
  const citizen = newPerson();
  await page.goto("/dang-nhap");
  await createIdentityAndSignIn(page, citizen);
  const submitted = await seedSubmittedDossier(citizen.personalId);

  await page.goto("/ho-so-ca-nhan");
  await page.getByRole("radio", { name: "English" }).check();
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Your contact details and notification choices have been saved." }),
  ).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // A refused contact detail is explained next to its field, in English; nothing is saved.
  await page.getByLabel("Contact phone number (optional)").fill("12345");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.locator("#profile-contactPhone-error")).toHaveText(
    "The contact phone must be a 10-digit mobile number starting with 0 (e.g. 0912345678).",
  );
  await page.reload();
  await expect(page.getByLabel("Contact phone number (optional)")).toHaveValue("");

  // An address that matches no page: in English, under the header of the signed-in citizen.
  await page.goto("/trang-khong-co-that");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByLabel("Signed-in user")).toHaveText(citizen.fullName);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in", exact: true })).toHaveCount(0);

  // The back office stays in Vietnamese (here its "not found" for a citizen).
  await page.goto("/can-bo");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");

  await page.goto("/ho-so");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My dossiers");
  await expect(page.getByTestId("dossier-status").first()).toHaveText("Submitted");

  // The dossier page: its history and the withdrawal's refusal in English too.
  await page.getByRole("link", { name: "Đăng ký khai sinh" }).first().click();
  await expect(page).toHaveURL(new RegExp(`/ho-so/${submitted.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Dossier ${submitted.code}`);
  await expect(page.getByTestId("timeline")).toContainText("Dossier submitted → Submitted");
  await page.getByText("Withdraw the dossier", { exact: true }).click();
  await page.getByRole("button", { name: "Confirm the withdrawal" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Please give the reason for withdrawing the dossier." }),
  ).toBeVisible();

  // The wizard, with the rules' messages next to the fields in English.
  await page.goto("/thu-tuc/1.001193");
  await page.getByLabel("Receiving agency").selectOption({ label: "Ủy ban nhân dân phường Tân Ninh" });
  await page.getByRole("button", { name: "Apply online" }).click();
  await expect(page).toHaveURL(/\/ho-so\/[a-z0-9]+$/);
  await expect(page.getByText(/^Step 1 of \d: /)).toBeVisible();
  // What e-ID vouches for is read-only, and says why in the citizen's language.
  await expect(page.locator("#f-applicantPersonalId")).toHaveAttribute("readonly", "");
  await expect(page.locator("#f-applicantPersonalId-verified")).toHaveText(
    "From your electronic identity (VNeID); it cannot be changed here.",
  );
  await page.locator("#f-applicantPhone").fill("123");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.locator("#f-applicantPhone-error")).toHaveText(
    "The phone number is not valid (10 digits, starting with 0).",
  );
  await expect(page.locator("#f-applicantPhone")).toHaveAttribute("aria-invalid", "true");
  const draft = new URL(page.url()).pathname;
  for (const path of ["/ho-so", `${draft}?buoc=4`, `${draft}?buoc=6`, "/kho-du-lieu", "/ho-so-ca-nhan"])
    await expectAccessible(page, path);
  await page.goto(draft);

  // Back to Vietnamese from the header: the stored preference follows.
  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await page.goto("/ho-so");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hồ sơ của tôi");
  await page.goto("/ho-so-ca-nhan");
  await expect(page.getByRole("radio", { name: "Tiếng Việt" })).toBeChecked();
});
