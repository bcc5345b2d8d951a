// Administration: the province administrator keeps the holiday table and the
// agencies; refused input is explained next to its field; the admin area does not exist for others.
import { expect, test, type Page } from "@playwright/test";
import { createIdentityAndSignIn, newPerson } from "./support/identity";
import { expectNoSeriousViolations } from "./support/axe";
import { openAs, signedInAs } from "./support/roles";

// The province administrator's session (stored by the setup project) unless a block says otherwise.
test.use(signedInAs("provinceAdmin"));

/** A weekday in a far year no other test uses, different on every run (the e2e database is kept). */
function freshWeekday() {
  const year = 2040 + Math.floor(Math.random() * 60);
  const day = new Date(Date.UTC(year, 2, 2 + Math.floor(Math.random() * 20)));
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  const iso = day.toISOString().slice(0, 10);
  return { year, iso, shown: iso.split("-").reverse().join("/") };
}

test("the province administrator adds a holiday, sees it listed, is told why a make-up day cannot be a weekday, and deletes it", async ({
  page,
}) => {
  const day = freshWeekday();
  await openAs(page, "provinceAdmin", "/quan-tri");
  await expect(page.getByRole("heading", { name: "Quản trị hệ thống" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ngày nghỉ lễ, ngày làm bù" })).toBeVisible();
  await page.goto(`/quan-tri/ngay-nghi?nam=${day.year}`);
  await expect(page.getByRole("heading", { name: `Ngày nghỉ lễ, ngày làm bù năm ${day.year}` })).toBeVisible();

  const add = page.getByRole("form", { name: "Thêm ngày nghỉ lễ hoặc ngày làm bù" });
  await add.getByLabel("Ngày", { exact: true }).fill(day.iso);
  await add.getByLabel("Loại ngày").selectOption("MAKEUP_WORKDAY");
  await add.getByLabel("Tên ngày").fill("Làm bù thử nghiệm");
  await add.getByRole("button", { name: "Thêm ngày" }).click();
  // Refused next to the field, with what was typed kept.
  await expect(add.getByLabel("Loại ngày")).toHaveAccessibleDescription(
    /^Ngày .* vốn là ngày làm việc: ngày làm bù chỉ khai báo cho thứ Bảy hoặc Chủ nhật\.$/,
  );
  await expect(add.getByLabel("Tên ngày")).toHaveValue("Làm bù thử nghiệm");

  await add.getByLabel("Loại ngày").selectOption("HOLIDAY");
  await add.getByLabel("Tên ngày").fill("Ngày nghỉ thử nghiệm");
  await add.getByRole("button", { name: "Thêm ngày" }).click();
  await expect(add.getByRole("status")).toHaveText("Đã thêm ngày vào bảng.");
  const list = page.getByRole("list", { name: `Ngày nghỉ lễ, ngày làm bù năm ${day.year}` });
  const item = list.getByRole("listitem").filter({ hasText: day.shown });
  await expect(item).toContainText("Ngày nghỉ lễ");
  await expect(item).toContainText("Ngày nghỉ thử nghiệm");
  await expectNoSeriousViolations(page);

  await item.getByText("Sửa hoặc xóa").click();
  await item.getByRole("button", { name: `Xóa ngày ${day.shown}` }).click();
  await expect(list.getByRole("listitem").filter({ hasText: day.shown })).toHaveCount(0);
});

test("a badly formed agency code is explained next to the field", async ({ page }) => {
  await openAs(page, "provinceAdmin", "/quan-tri/co-quan");
  const form = page.getByRole("form", { name: "Thêm cơ quan" });
  await form.getByLabel("Mã cơ quan (QCVN 102:2016)").fill("21.01.H80");
  await form.getByLabel("Tên cơ quan").fill("Ủy ban nhân dân xã Thử Nghiệm");
  await form.getByRole("button", { name: "Thêm cơ quan" }).click();
  const code = form.getByLabel("Mã cơ quan (QCVN 102:2016)");
  await expect(code).toHaveAccessibleDescription(/Mã cơ quan không đúng định dạng QCVN 102:2016/);
  await expect(code).toHaveAttribute("aria-invalid", "true");
  await expect(code).toHaveValue("21.01.H80");
  await expect(form.getByLabel("Tên cơ quan")).toHaveValue("Ủy ban nhân dân xã Thử Nghiệm");
  await expectNoSeriousViolations(page);
});

test.describe(() => {
  test.use(signedInAs("agencyAdmin"));

  test("an agency administrator manages staff only; the calendar is not there for them", async ({ page }) => {
    await openAs(page, "agencyAdmin", "/quan-tri");
    await expect(page.getByRole("link", { name: "Cán bộ và vai trò" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Ngày nghỉ lễ, ngày làm bù" })).toHaveCount(0);
    await page.getByRole("link", { name: "Cán bộ và vai trò" }).click();
    await expect(page.getByRole("heading", { name: /^Vai trò tại Ủy ban nhân dân phường Tân Ninh/ })).toBeVisible();
    await expectNoSeriousViolations(page);
    const response = await page.goto("/quan-tri/ngay-nghi");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
  });
});

test.describe(() => {
  test.use({ storageState: { cookies: [], origins: [] } }); // signed out: the citizen signs in below

  test("a citizen opening the admin area gets the page-not-found page", async ({ page }) => {
    await page.goto("/dang-nhap");
    await createIdentityAndSignIn(page, newPerson());
    await expect(page.getByRole("link", { name: "Quản trị" })).toHaveCount(0);
    const response = await page.goto("/quan-tri");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
  });
});

test("the procedure editor explains steps over the legal time and a broken e-form, saving neither", async ({
  page,
}) => {
  await openAs(page, "provinceAdmin", "/quan-tri/thu-tuc/1.000656");
  await expect(page.getByRole("heading", { name: "Đăng ký khai tử" })).toBeVisible();
  await expectNoSeriousViolations(page);

  // No workflow yet: the default steps for a same-day procedure (8 working hours) are proposed.
  const steps = page.getByRole("form", { name: "Quy trình xử lý" });
  await expect(steps.getByLabel("Bước 1: tên")).toHaveValue("Tiếp nhận hồ sơ");
  await steps.getByLabel("Số giờ làm việc").nth(1).fill("40");
  await steps.getByRole("button", { name: "Lưu quy trình" }).click();
  await expect(steps.getByRole("alert")).toHaveText(
    "Tổng thời gian các bước (44 giờ làm việc) vượt thời hạn giải quyết của thủ tục (8 giờ làm việc, tính 8 giờ cho một ngày làm việc).",
  );
  await expect(steps.getByLabel("Số giờ làm việc").nth(1)).toHaveValue("40");

  const eform = page.getByRole("form", { name: "Tờ khai điện tử" });
  await eform
    .getByLabel("Định nghĩa tờ khai (JSON)")
    .fill('{"version": 1, "sections": [{"title": "A", "fields": [{"name": "1x", "label": "X", "type": "text"}]}]}');
  await eform.getByRole("button", { name: "Lưu tờ khai" }).click();
  await expect(eform.getByLabel("Định nghĩa tờ khai (JSON)")).toHaveAccessibleDescription(
    /sections\[0\]\.fields\[0\]\.name: sai định dạng/,
  );

  await page.reload();
  await expect(page.getByRole("form", { name: "Quy trình xử lý" }).getByLabel("Số giờ làm việc").nth(1)).toHaveValue(
    "4",
  );
  await expect(page.getByRole("form", { name: "Tờ khai điện tử" }).getByLabel("Định nghĩa tờ khai (JSON)")).toHaveValue(
    /"relationshipToDeceased"/,
  );
});

test("the province administrator keeps the postal tariff: a price with a dot is explained, a new band is listed and removed", async ({
  page,
}) => {
  const grams = 20_000 + Math.floor(Math.random() * 9_000); // a band no other test uses (the e2e database is kept)
  await openAs(page, "provinceAdmin", "/quan-tri/cuoc-buu-chinh");
  await expect(page.getByRole("heading", { name: "Cước bưu chính công ích" })).toBeVisible();
  const add = page.getByRole("form", { name: "Thêm nấc cước" });
  await add.getByLabel("Vùng").selectOption("WITHIN_PROVINCE");
  await add.getByLabel("Đến khối lượng (gam)").fill(String(grams));
  await add.getByLabel("Giá cước (đồng)").fill("45.000");
  await add.getByRole("button", { name: "Thêm nấc cước" }).click();
  await expect(add.getByLabel("Giá cước (đồng)")).toHaveAccessibleDescription(/phải là số nguyên/);

  await add.getByLabel("Giá cước (đồng)").fill("45000");
  await add.getByRole("button", { name: "Thêm nấc cước" }).click();
  await expect(add.getByRole("status")).toHaveText("Đã thêm nấc cước.");
  const list = page.getByRole("list", { name: "Nấc cước vùng nội tỉnh" });
  const item = list.getByRole("listitem").filter({ hasText: `Đến ${grams.toLocaleString("vi-VN")} g` });
  await expect(item).toContainText("45.000");
  await expectNoSeriousViolations(page);

  await item.getByText("Sửa hoặc xóa").click();
  await item.getByRole("button", { name: "Xóa nấc này" }).click();
  await expect(list.getByRole("listitem").filter({ hasText: `Đến ${grams.toLocaleString("vi-VN")} g` })).toHaveCount(0);
});
