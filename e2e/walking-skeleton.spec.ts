// The walking skeleton of the whole product, on desktop and on a phone:
// a citizen signs in with e-ID, files a dossier with a scanned PDF, counter staff, a
// specialist and a leader process it, the result is returned and the citizen sees each step.
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createIdentityAndSignIn, newPerson, signInAs } from "./support/identity";

const PDF = path.resolve("e2e/fixtures/giay-chung-sinh.pdf");
const NOT_PDF = path.resolve("e2e/fixtures/not-a-pdf.pdf");
const PHOTOS = [path.resolve("e2e/fixtures/anh-trang-1.jpg"), path.resolve("e2e/fixtures/anh-trang-2.jpg")];
const COUNTER = "Phạm Thị Dung";
const SPECIALIST = "Võ Minh Đức";
const LEADER = "Huỳnh Văn Giang";
const AGENCY = "Ủy ban nhân dân phường Tân Ninh";

async function asStaff(browser: Browser, name: string, dossierId: string, run: (page: Page) => Promise<void>) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, name, `/can-bo/ho-so/${dossierId}`);
  await run(page);
  await context.close();
}

/** "Lưu và tiếp tục", then wait for the given wizard step. */
async function next(page: Page, toStep: number) {
  await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();
  await expect(page).toHaveURL(new RegExp(`buoc=${toStep}$`));
}

async function act(page: Page, action: string, expectedStatus: string, note?: string) {
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: action }) });
  if (note) await form.getByRole("textbox").fill(note);
  await form.getByRole("button", { name: action }).click();
  await expect(page.getByTestId("dossier-status")).toHaveText(expectedStatus);
}

test("a citizen files a birth registration online and follows it to the returned result", async ({ page, browser }) => {
  const citizen = newPerson();

  // Find the procedure without diacritics, open it, sign in with e-ID.
  await page.goto("/thu-tuc?q=dang ky khai sinh");
  await page.getByRole("link", { name: "Đăng ký khai sinh", exact: true }).click();
  await expect(page).toHaveURL(/\/thu-tuc\/1\.001193$/);
  await expect(page.getByRole("heading", { name: "Đăng ký khai sinh", level: 1 })).toBeVisible();
  await createIdentityAndSignIn(page, citizen);
  await expect(page).toHaveURL(/\/thu-tuc\/1\.001193$/);

  // Start the dossier at the citizen's ward.
  await page.getByLabel("Cơ quan tiếp nhận hồ sơ").selectOption({ label: AGENCY });
  await page.getByRole("button", { name: "Nộp hồ sơ trực tuyến" }).click();
  await expect(page).toHaveURL(/\/ho-so\/[a-z0-9]+$/);
  const dossierId = page.url().split("/").pop()!;

  // Step 1, the applicant: pre-filled from the identity claims.
  await expect(page.locator("#f-applicantName")).toHaveValue(citizen.fullName);
  await expect(page.locator("#f-applicantPersonalId")).toHaveValue(citizen.personalId);
  // Typed and shown day first (dd/MM/yyyy), stored as ISO.
  await expect(page.locator("#f-applicantBirthDate")).toHaveValue(citizen.dateOfBirth.split("-").reverse().join("/"));
  await page.locator("#f-relationshipToChild").selectOption("Mẹ");
  await next(page, 2);

  // Step 2, the child: a missing required field is refused next to the field.
  await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();
  await expect(page.locator("#f-childName-error")).toHaveText("Vui lòng nhập thông tin này.");
  await page.locator("#f-childName").fill("Nguyễn Minh Khôi");
  await page.locator("#f-childBirthDate").fill("2026-11-01");
  await page.locator("#f-childGender").selectOption("Nam");
  await page.locator("#f-childEthnicity").fill("Kinh");
  await page.locator("#f-childNationality").fill("Việt Nam");
  await page.locator("#f-placeOfBirth").fill("Bệnh viện Đa khoa tỉnh Tây Ninh, phường Tân Ninh, tỉnh Tây Ninh");
  await next(page, 3);

  // Stop here and resume on another device: the draft is saved on the server.
  const otherDevice = await browser.newContext();
  const resumed = await otherDevice.newPage();
  await signInAs(resumed, citizen.fullName, "/ho-so");
  await resumed.getByRole("link", { name: "Đăng ký khai sinh" }).first().click();
  await resumed.getByRole("link", { name: /Thông tin người được khai sinh/ }).click();
  await expect(resumed.locator("#f-childName")).toHaveValue("Nguyễn Minh Khôi");
  await otherDevice.close();

  // Step 3, the parents.
  await page.locator("#f-motherName").fill(citizen.fullName);
  await page.locator("#f-parentsMarried").selectOption("Có");
  await next(page, 4);

  // Step 4, documents. A file that is not a PDF/JPEG/PNG is refused with a clear message.
  const required = page.locator('input[type=file][data-required="true"]');
  await required.first().setInputFiles(NOT_PDF);
  await expect(page.getByRole("alert").filter({ hasText: "Chỉ chấp nhận tệp PDF, JPEG hoặc PNG" })).toBeVisible();
  // The first document: two photos of its pages, assembled into one PDF on the device.
  const count = await required.count();
  expect(count).toBeGreaterThan(1);
  const firstGroup = page
    .locator("[role=group]")
    .filter({ has: page.locator('input[type=file][data-required="true"]') })
    .first();
  await firstGroup.getByLabel("Chụp hoặc chọn ảnh các trang").setInputFiles(PHOTOS);
  await expect(firstGroup.getByRole("img", { name: "Ảnh trang 2" })).toBeVisible();
  await firstGroup.getByRole("button", { name: "Tạo PDF và tải lên" }).click();
  await expect(firstGroup.getByText(/anh-ghep\.pdf/)).toBeVisible();
  // The others: one real PDF each.
  for (let i = 1; i < count; i++) {
    await required.nth(i).setInputFiles(PDF);
    await expect(page.getByText("giay-chung-sinh.pdf")).toHaveCount(i);
  }
  await page.getByRole("link", { name: "Tiếp tục" }).click();
  await expect(page).toHaveURL(/buoc=5$/);

  // Step 5, result delivery; step 6, check every answer, then submit.
  await page.getByLabel("Nhận kết quả điện tử trên Cổng (lưu vào kho dữ liệu của bạn)").check();
  await next(page, 6);
  await expect(page.getByText("Nguyễn Minh Khôi")).toBeVisible();
  await expect(page.getByRole("link", { name: "Sửa giấy tờ kèm theo" })).toBeVisible();
  await page.getByRole("button", { name: "Nộp hồ sơ", exact: true }).dblclick();
  await expect(page.getByRole("status").filter({ hasText: "Nộp hồ sơ thành công" })).toBeVisible();
  const code = (await page.getByTestId("dossier-code").textContent())!.trim();
  expect(code).toMatch(/^000\.21\.01\.H80-\d{6}-\d{4}$/);
  await expect(page.getByTestId("dossier-status")).toHaveText("Mới đăng ký");
  const attachmentUrl = await page.getByRole("link", { name: "giay-chung-sinh.pdf" }).first().getAttribute("href");
  // The receipt of the online submission, as a real PDF.
  const receipt = await page.request.get(
    (await page.getByRole("link", { name: "Tải phiếu xác nhận nộp hồ sơ (PDF)" }).getAttribute("href"))!,
  );
  expect(receipt.headers()["content-type"]).toBe("application/pdf");
  expect((await receipt.body()).subarray(0, 5).toString()).toBe("%PDF-");
  // A double click filed one dossier, listed with its status under "Hồ sơ của tôi".
  await page.goto("/ho-so");
  await expect(page.getByRole("listitem").filter({ hasText: "Đăng ký khai sinh" })).toHaveCount(1);
  await expect(page.getByRole("listitem").filter({ hasText: code })).toContainText("Mới đăng ký");

  // Anyone can look the dossier up by code: code and status only.
  const anonymous = await browser.newContext();
  const lookup = await anonymous.newPage();
  await lookup.goto(`/tra-cuu?ma=${encodeURIComponent(code)}`);
  await expect(lookup.getByText(code)).toBeVisible();
  await expect(lookup.getByTestId("dossier-status")).toHaveText("Mới đăng ký");
  await expect(lookup.getByText(citizen.fullName)).toHaveCount(0);
  expect((await lookup.request.get(attachmentUrl!)).status()).toBe(401);
  await anonymous.close();

  // Another citizen gets 404 for the dossier page and its file.
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  await strangerPage.goto("/dang-nhap");
  await createIdentityAndSignIn(strangerPage, newPerson("Người lạ"));
  expect((await strangerPage.goto(`/ho-so/${dossierId}`))!.status()).toBe(404);
  expect((await strangerPage.request.get(attachmentUrl!)).status()).toBe(404);
  await stranger.close();

  // Counter officer receives it (Mẫu 01 will print here), specialist and leader process it.
  await asStaff(browser, COUNTER, dossierId, async (p) => {
    await p.goto("/can-bo?xem=new");
    await p.getByRole("link", { name: code }).click();
    await act(p, "Tiếp nhận hồ sơ", "Được tiếp nhận");
    // Mẫu 01, the receipt and appointment, prints at once.
    const mau01 = await p.request.get((await p.getByRole("link", { name: /Mẫu 01/ }).getAttribute("href"))!);
    expect(mau01.headers()["content-type"]).toBe("application/pdf");
    expect((await mau01.body()).subarray(0, 5).toString()).toBe("%PDF-");
  });
  await asStaff(browser, SPECIALIST, dossierId, async (p) => {
    await act(p, "Bắt đầu xử lý", "Đang xử lý");
    // The applicant asked for the electronic result: the signed PDF is attached before approval.
    await p.getByLabel("Tệp kết quả giải quyết (PDF)").setInputFiles(PDF);
    await expect(
      p.getByRole("region", { name: "Kết quả giải quyết" }).getByRole("link", { name: /giay-chung-sinh/ }),
    ).toBeVisible();
    await act(p, "Trình lãnh đạo phê duyệt", "Đang xử lý", "Hồ sơ đầy đủ, hợp lệ; đề nghị cấp Giấy khai sinh.");
    await expect(p.getByText("Chờ lãnh đạo phê duyệt", { exact: true })).toBeVisible();
  });
  await asStaff(browser, LEADER, dossierId, async (p) => {
    await act(p, "Phê duyệt kết quả", "Đã xử lý xong");
  });
  await asStaff(browser, COUNTER, dossierId, async (p) => {
    // The officer checks the recipient's identity document before handing the result over.
    const form = p.locator("form").filter({ has: p.getByRole("button", { name: "Trả kết quả" }) });
    await form.getByLabel("Số định danh cá nhân của người nhận").fill(citizen.personalId);
    await form.getByRole("button", { name: "Trả kết quả" }).click();
    await expect(p.getByTestId("dossier-status")).toHaveText("Đã trả kết quả");
  });

  // The citizen sees the result and every step with its time and agency.
  await page.goto(`/ho-so/${dossierId}`);
  await expect(page.getByTestId("dossier-status")).toHaveText("Đã trả kết quả");
  await expect(
    page.getByRole("region", { name: "Kết quả giải quyết" }).getByRole("link", { name: /giay-chung-sinh/ }),
  ).toBeVisible();
  const steps = page.getByTestId("timeline").getByRole("listitem");
  await expect(steps).toHaveCount(3);
  // The earlier steps are folded on the applicant's page (phones); the latest three stay open.
  await page.getByText("Xem toàn bộ quá trình (6 bước)").click();
  await expect(steps).toHaveCount(6);
  for (const label of [
    "Nộp hồ sơ",
    "Tiếp nhận hồ sơ",
    "Bắt đầu xử lý",
    "Trình lãnh đạo phê duyệt",
    "Phê duyệt kết quả",
    "Trả kết quả",
  ]) {
    await expect(page.getByTestId("timeline").getByText(new RegExp(`^${label} →`))).toBeVisible();
  }
  await expect(steps.nth(1)).toContainText(AGENCY);
  await expect(steps.nth(1).locator("time")).toHaveCount(1);

  // The citizen rates the service on the 5 indicators TT 01/2018 Art. 13 asks of them; the system
  // scores the other 4 (one-stop, publicity, no feedback, fully online: 2 each), so 18/18.
  const bestScores = page.locator('input[type=radio][value="2"]');
  await expect(bestScores).toHaveCount(5);
  for (let i = 0; i < 5; i++) await bestScores.nth(i).check();
  await page.getByRole("button", { name: "Gửi đánh giá" }).click();
  await expect(page.getByTestId("rating-total")).toHaveText("18/18");

  await page.goto(`/tra-cuu?ma=${encodeURIComponent(code)}`);
  await expect(page.getByTestId("dossier-status")).toHaveText("Đã trả kết quả");
});
