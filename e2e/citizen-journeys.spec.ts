// Citizen journeys beyond the walking skeleton: file a dossier reading back every answer (error
// summary, dates dd/MM/yyyy, postal address, fees before submission), withdraw a dossier, reuse
// documents from the personal store (once-only), answer a request to supplement item by item.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { startBirthRegistrationDraft } from "./support/draft";
import { createIdentityAndSignIn, newPerson } from "./support/identity";
import { pageAs } from "./support/roles";
import { seedSubmittedDossier } from "./support/seed";

const PDF = path.resolve("e2e/fixtures/giay-chung-sinh.pdf");

const saveAndContinue = (page: Page) => page.getByRole("button", { name: "Lưu và tiếp tục" }).click();

test("a citizen files a birth registration and reads back every answer as the forms will print it", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const citizen = newPerson();
  await page.goto("/dang-nhap");
  await createIdentityAndSignIn(page, citizen);
  await startBirthRegistrationDraft(page);

  // Step 1: the date of birth from e-ID reads day first, 17/05/1992 (newPerson: 1992-05-17).
  await expect(page.locator("#f-applicantName")).toHaveValue(citizen.fullName);
  await expect(page.locator("#f-applicantBirthDate")).toHaveValue("17/05/1992");
  await expect(page.locator("#f-applicantName")).toHaveAttribute("aria-required", "true");
  await expect(page.locator("#f-applicantEmail")).not.toHaveAttribute("aria-required", "true");
  await page.locator("#f-relationshipToChild").selectOption("Mẹ");
  await saveAndContinue(page);
  await expect(page).toHaveURL(/buoc=2$/);

  // Step 2: nothing filled in. No browser bubble (noValidate): the error summary lists each
  // required field, in the order of the form, and links to it; the message also sits beside it.
  await page.locator("#f-childBirthDate").fill("31/02/2026");
  await saveAndContinue(page);
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("heading")).toHaveText("Có lỗi cần sửa");
  await expect(summary.getByRole("link")).toHaveText([
    "Họ, chữ đệm và tên: Vui lòng nhập thông tin này.",
    "Ngày, tháng, năm sinh: Ngày không hợp lệ.",
    "Giới tính: Vui lòng nhập thông tin này.",
    "Dân tộc: Vui lòng nhập thông tin này.",
    "Quốc tịch: Vui lòng nhập thông tin này.",
    "Nơi sinh: Vui lòng nhập thông tin này.",
  ]);
  const childName = page.locator("#f-childName");
  await expect(childName).toHaveAttribute("aria-invalid", "true");
  await expect(childName).toHaveAttribute("aria-describedby", "f-childName-error");
  await expect(page.locator("#f-childName-error")).toHaveText("Vui lòng nhập thông tin này.");
  await summary.getByRole("link", { name: "Dân tộc: Vui lòng nhập thông tin này." }).click();
  await expect(page.locator("#f-childEthnicity")).toBeFocused();
  await summary.getByRole("link", { name: /^Họ, chữ đệm và tên/ }).click();
  await expect(childName).toBeFocused();

  await childName.fill("Nguyễn Minh Khôi");
  await page.locator("#f-childBirthDate").fill("1/11/2026");
  await page.locator("#f-childGender").selectOption("Nam");
  await page.locator("#f-childEthnicity").fill("Kinh");
  await page.locator("#f-childNationality").fill("Việt Nam");
  await page.locator("#f-placeOfBirth").fill("Bệnh viện Đa khoa tỉnh Tây Ninh");
  await saveAndContinue(page);
  await expect(page).toHaveURL(/buoc=3$/);

  // Step 3: the parents; the mother's date typed day first.
  await page.locator("#f-motherName").fill("Trần Thị Mai");
  await page.locator("#f-motherBirthDate").fill("12/03/1994");
  await page.locator("#f-parentsMarried").selectOption("Có");
  await saveAndContinue(page);
  await expect(page).toHaveURL(/buoc=4$/);

  // Step 4: the declaration is the e-form just filled in, so it asks for no file.
  await expect(page.getByTestId("by-eform")).toHaveText(
    "Tờ khai đăng ký khai sinh (theo mẫu; khi nộp trực tuyến khai trên biểu mẫu điện tử)" +
      "Kê khai trực tuyến ở bước trước — không cần tải lên",
  );
  const required = page.locator('input[type=file][data-required="true"]');
  await expect(required.first()).toBeAttached();
  const count = await required.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    await required.nth(i).setInputFiles(PDF);
    await expect(page.getByText("giay-chung-sinh.pdf")).toHaveCount(i + 1);
  }
  await page.getByRole("link", { name: "Tiếp tục" }).click();
  await expect(page).toHaveURL(/buoc=5$/);

  // Step 5: by post, the street left out: the summary says so and links to the street field,
  // whose own message sits beside it; nothing typed is lost.
  await page.getByLabel("Nhận tại nhà qua dịch vụ bưu chính công ích").check();
  await page.getByLabel("Xã, phường").selectOption({ label: "Phường Tân Ninh" });
  await page.getByLabel("Họ và tên người nhận").fill("Trần Thị Mai");
  await page.getByLabel("Số điện thoại người nhận").fill("0912 345 678");
  await expect(page.getByLabel("Số nhà, đường, ấp, khu phố")).toHaveAttribute("aria-required", "true");
  await saveAndContinue(page);
  await expect(summary.getByRole("heading")).toHaveText("Có lỗi cần sửa");
  await expect(summary.getByRole("link")).toHaveText(["Vui lòng nhập địa chỉ chi tiết (số nhà, đường, ấp, khu phố)."]);
  await expect(page.locator("#postal-street-error")).toHaveText(
    "Vui lòng nhập địa chỉ chi tiết (số nhà, đường, ấp, khu phố).",
  );
  await expect(page.locator("#postal-street")).toHaveAttribute("aria-describedby", "postal-street-error");
  await summary.getByRole("link").click();
  await expect(page.locator("#postal-street")).toBeFocused();
  await expect(page.getByLabel("Họ và tên người nhận")).toHaveValue("Trần Thị Mai");
  await page.locator("#postal-street").fill("25 đường Cách Mạng Tháng Tám, khu phố 3");
  await saveAndContinue(page);
  await expect(page).toHaveURL(/buoc=6$/);

  // Step 6, check answers: every answer as the forms print it.
  await expect(page.getByTestId("error-summary")).toHaveCount(0);
  const answer = (label: string) =>
    page.locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]");
  await expect(answer("Ngày sinh")).toHaveText("17/05/1992");
  await expect(answer("Ngày, tháng, năm sinh")).toHaveText("01/11/2026");
  await expect(answer("Ngày sinh của người mẹ")).toHaveText("12/03/1994");
  await expect(answer("Họ, chữ đệm và tên người mẹ")).toHaveText("Trần Thị Mai");
  await expect(answer("Quan hệ với người được khai sinh")).toHaveText("Mẹ");
  await expect(page.getByText("Nguyễn Minh Khôi")).toBeVisible();
  await expect(page.getByText(citizen.fullName).first()).toBeVisible();
  await expect(page.getByText("1994-03-12")).toHaveCount(0);
  // The papers: the declaration filled in online, the others attached.
  await expect(page.getByText("Kê khai trực tuyến ở bước trước — không cần tải lên")).toBeVisible();
  await expect(page.getByText(/^giay-chung-sinh\.pdf/)).toHaveCount(count);
  await expect(page.getByText("Chưa đính kèm (bắt buộc)")).toHaveCount(0);
  // The delivery and the postal address.
  await expect(page.getByText("Nhận qua dịch vụ bưu chính công ích", { exact: true })).toBeVisible();
  const postal = page.getByTestId("review-postal");
  await expect(postal.locator("dd")).toHaveText([
    "Trần Thị Mai",
    "0912345678",
    "25 đường Cách Mạng Tháng Tám, khu phố 3",
    "Phường Tân Ninh",
    "Tỉnh Tây Ninh",
  ]);
  // The fee and postage before submission: birth registration on time is free (Luật Hộ tịch
  // Art. 11), so the one line is the postage within the same ward, 15.000 đồng (the tariff).
  const bill = page.getByTestId("bill-preview-lines");
  await expect(bill.locator("tbody tr")).toHaveCount(1);
  await expect(bill.locator("tbody tr td").first()).toHaveText("Cước bưu chính");
  await expect(bill.locator("tbody tr td").last()).toHaveText("15.000 đồng");
  await expect(page.getByTestId("bill-preview-total")).toHaveText("15.000 đồng");

  // Submitted: the code and the expected date of the result.
  await page.getByRole("button", { name: "Nộp hồ sơ", exact: true }).click();
  const done = page.getByRole("status").filter({ hasText: "Nộp hồ sơ thành công" });
  await expect(done).toBeVisible();
  const code = (await page.getByTestId("dossier-code").textContent())!.trim();
  expect(code).toMatch(/^000\.21\.01\.H80-\d{6}-\d{4}$/);
  await expect(done).toContainText(`Mã hồ sơ của bạn là ${code}.`);
  await expect(done).toContainText(/Ngày hẹn trả kết quả dự kiến: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\./);
  await expect(page.getByTestId("dossier-status")).toHaveText("Mới đăng ký");
});

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
  await panel.locator('input[type=file][id^="item-"]').setInputFiles(PDF); // not the photo builder's input
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
