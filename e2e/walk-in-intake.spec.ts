// The counter's intake desk: a person without an account walks in with the
// papers; the officer files the dossier on their behalf, scans the papers, receives it and
// prints the receipt and appointment (Mẫu 01) at once.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { extractText, normalizedText } from "../lib/pdf/test-fixtures";
import { timeAndLongDate } from "../lib/text/vietnamese-dates";
import { expectNoSeriousViolations } from "./support/axe";
import { newPerson } from "./support/identity";
import { openAs, ROLES, signedInAs } from "./support/roles";

const PDF = path.resolve("e2e/fixtures/giay-chung-sinh.pdf");
const PHOTO = path.resolve("e2e/fixtures/anh-trang-1.jpg");
const COUNTER = ROLES.counter;

test.use(signedInAs("counter"));

test("the counter files a walk-in birth registration, scans the papers, receives it and prints Mẫu 01", async ({
  page,
}) => {
  test.setTimeout(150_000);
  const person = newPerson("Người nộp tại quầy"); // no account: never signed in
  await openAs(page, "counter", "/can-bo");
  await page.getByRole("link", { name: "Tiếp nhận hồ sơ trực tiếp (nộp tại quầy, qua bưu chính)" }).click();
  await expect(page.getByRole("heading", { name: "Tiếp nhận hồ sơ trực tiếp", level: 1 })).toBeVisible();
  await expectNoSeriousViolations(page, "the intake desk");

  // A wrong ID is refused next to its field.
  const start = page.getByRole("form", { name: "Nhập hồ sơ mới" });
  await start.getByLabel("Thủ tục (gõ tên hoặc mã thủ tục)").fill("1.001193");
  await expect(start.getByText("Đã chọn: Đăng ký khai sinh (1.001193)")).toBeVisible();
  await expect(start.getByLabel("Cơ quan giải quyết")).toHaveValue(/.+/);
  await start.getByLabel("Số định danh cá nhân (12 chữ số)").fill("07912345");
  await start.getByLabel("Họ và tên").fill(person.fullName);
  await start.getByLabel("Số điện thoại").fill(person.phone);
  await start.getByLabel("Địa chỉ").fill("Khu phố 3, phường Tân Ninh, tỉnh Tây Ninh");
  await start.getByRole("button", { name: "Bắt đầu nhập hồ sơ" }).click();
  await expect(start.getByText("Số định danh cá nhân của người nộp hồ sơ phải gồm đúng 12 chữ số.")).toBeVisible();
  await expect(start.getByLabel("Số định danh cá nhân (12 chữ số)")).toHaveAttribute("aria-invalid", "true");
  await start.getByLabel("Số định danh cá nhân (12 chữ số)").fill(person.personalId);
  await start.getByRole("button", { name: "Bắt đầu nhập hồ sơ" }).click();
  await expect(page).toHaveURL(/\/can-bo\/tiep-nhan\/[a-z0-9]+$/);
  await expect(page.getByText("Tài khoản định danh: chưa có")).toBeVisible();
  await expectNoSeriousViolations(page, "a walk-in draft");

  // The declaration, typed from the paper form; the applicant block starts from the desk's entry.
  const form = page.getByRole("form", { name: "Tờ khai" });
  await expect(form.locator("#f-applicantName")).toHaveValue(person.fullName);
  await expect(form.locator("#f-applicantPersonalId")).toHaveValue(person.personalId);
  await form.locator("#f-relationshipToChild").selectOption("Mẹ");
  await form.locator("#f-childName").fill("Lê Gia Hân");
  await form.locator("#f-childBirthDate").fill("2026-11-20");
  await form.locator("#f-childGender").selectOption("Nữ");
  await form.locator("#f-childEthnicity").fill("Kinh");
  await form.locator("#f-childNationality").fill("Việt Nam");
  await form.locator("#f-placeOfBirth").fill("Bệnh viện Đa khoa tỉnh Tây Ninh");
  await form.locator("#f-parentsMarried").selectOption("Không");
  await form.getByRole("button", { name: "Lưu tờ khai" }).click();
  await expect(form.getByRole("status")).toHaveText("Đã lưu tờ khai.");

  // Receiving before the papers are scanned is refused with the missing items.
  const receive = page.getByRole("form", { name: "Tiếp nhận" });
  await receive.getByLabel("Nhận kết quả tại Bộ phận Một cửa").check();
  await receive.getByRole("button", { name: "Tiếp nhận hồ sơ" }).click();
  await expect(receive.getByRole("alert")).toContainText("Còn thiếu giấy tờ bắt buộc");

  // Scans: two files at once for the birth certificate, one for each other required paper.
  const scans = page.getByRole("region", { name: "Giấy tờ (bản quét)" });
  const group = (name: string) => scans.getByRole("group", { name: new RegExp(`^${name}`) });
  await group("Giấy chứng sinh").getByLabel("Kéo thả bản quét vào đây, hoặc chọn tệp:").setInputFiles([PDF, PHOTO]);
  await expect(group("Giấy chứng sinh").getByRole("link", { name: "giay-chung-sinh.pdf" })).toBeVisible();
  await expect(group("Giấy chứng sinh").getByRole("link", { name: "anh-trang-1.jpg" })).toBeVisible();
  await group("Tờ khai đăng ký khai sinh").getByLabel("Kéo thả bản quét vào đây, hoặc chọn tệp:").setInputFiles(PDF);
  await expect(group("Tờ khai đăng ký khai sinh").getByRole("link", { name: "giay-chung-sinh.pdf" })).toBeVisible();
  // The identity paper is dropped onto its zone.
  const dropped = await page.evaluateHandle((b64) => {
    const transfer = new DataTransfer();
    transfer.items.add(
      new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], "can-cuoc.pdf", { type: "application/pdf" }),
    );
    return transfer;
  }, readFileSync(PDF).toString("base64"));
  await group("Giấy tờ tùy thân").locator("[data-testid^=drop-]").dispatchEvent("drop", { dataTransfer: dropped });
  await expect(group("Giấy tờ tùy thân").getByRole("link", { name: "can-cuoc.pdf" })).toBeVisible();

  await receive.getByRole("button", { name: "Tiếp nhận hồ sơ" }).click();
  await expect(page.getByRole("heading", { name: /Đã tiếp nhận hồ sơ/ })).toBeVisible();
  await expectNoSeriousViolations(page, "a received walk-in dossier");
  const code = (await page.getByTestId("dossier-code").textContent())!.trim();
  expect(code).toMatch(/^000\.21\.01\.H80-\d{6}-\d{4}$/);
  const dueAt = new Date((await page.getByTestId("due-at").getAttribute("datetime"))!);

  // Mẫu 01 at once, as the counter prints it.
  const href = await page.getByRole("link", { name: "In Mẫu 01" }).getAttribute("href");
  const res = await page.request.get(href!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/pdf");
  const text = extractText(new Uint8Array(await res.body()));
  expect(text, "pdftotext (poppler-utils) is installed by npm test").not.toBeNull();
  const seen = normalizedText(text!);
  expect(seen).toContain(`Mã hồ sơ: ${code}`);
  expect(seen).toContain(person.fullName);
  expect(seen).toContain("Đăng ký khai sinh");
  expect(seen).toContain(timeAndLongDate(dueAt));
  expect(seen).toContain(COUNTER);

  // The staff dossier page opens for the receiving counter.
  await page.getByRole("link", { name: "Xem hồ sơ" }).click();
  await expect(page.getByTestId("dossier-code")).toHaveText(code);
  await expect(page.getByTestId("dossier-status")).toHaveText("Được tiếp nhận");
});
