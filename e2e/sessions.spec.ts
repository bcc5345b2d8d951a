// Sessions in the browser (docs/decisions/024-server-side-sessions.md): a copied cookie is worth
// nothing after logout, staff are refused at e-ID level 1, and an administrator whose sign-in is
// old confirms their identity again before a change. The limits themselves are tested with a
// clock in tests/integration/sessions.test.ts.
import { expect, test, type Page } from "@playwright/test";
import { createPrismaClient } from "../lib/db/create-client";
import { E2E } from "./e2e-env";
import { createIdentityAndSignIn, newPerson, signInAs } from "./support/identity";

const db = createPrismaClient(E2E.databaseUrl(), 1);
test.afterAll(() => db.$disconnect());

async function startVneidSignIn(page: Page) {
  await page.getByRole("button", { name: "Đăng nhập bằng tài khoản định danh điện tử (VNeID)" }).click();
  await page.waitForURL((url) => url.origin === E2E.idpURL);
}

test("a session cookie copied before logout is refused afterwards, with the reason", async ({ page, browser }) => {
  await page.goto("/dang-nhap?callbackUrl=/ho-so");
  await createIdentityAndSignIn(page, newPerson());
  const copied = await page.context().storageState();
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await page.waitForURL(`${E2E.baseURL}/`);

  const thief = await browser.newContext({ storageState: copied });
  const replay = await thief.newPage();
  await replay.goto("/ho-so");
  await expect(replay).toHaveURL(/\/dang-nhap\?callbackUrl=%2Fho-so&error=SessionEnded$/);
  await expect(replay.getByRole("alert").filter({ hasText: "Phiên làm việc" })).toHaveText(
    "Phiên làm việc đã hết hạn, vui lòng đăng nhập lại.",
  );
  await thief.close();
});

test("a staff member signing in at e-ID level 1 is refused with the reason", async ({ page }) => {
  await page.goto("/dang-nhap?callbackUrl=/can-bo");
  await startVneidSignIn(page);
  await page.getByRole("radio", { name: "Mức độ 1" }).first().check();
  await page.getByRole("button", { name: "Đăng nhập: Phạm Thị Dung" }).click();
  await page.waitForURL((url) => url.origin === E2E.baseURL);
  await expect(page.getByRole("alert").filter({ hasText: "Cán bộ" })).toHaveText(
    "Cán bộ phải đăng nhập bằng tài khoản định danh điện tử mức độ 2.",
  );
  await expect(page.getByLabel("Người dùng đang đăng nhập")).toHaveCount(0);
});

test("an administrator whose sign-in is old re-authenticates from the form, then the change goes through", async ({
  page,
}) => {
  const date = new Date("2199-03-04T00:00:00Z");
  await db.calendarDay.deleteMany({ where: { date } }); // left by an interrupted run
  const started = new Date();
  await signInAs(page, "Trịnh Thị Ngọc", "/quan-tri/ngay-nghi?nam=2199");
  // This session's authentication is made older than the e2e server's ADMIN_REAUTH_MINUTES (480).
  const admin = await db.user.findFirstOrThrow({ where: { fullName: "Trịnh Thị Ngọc" }, select: { id: true } });
  const aged = await db.userSession.updateMany({
    where: { userId: admin.id, createdAt: { gte: started } },
    data: { authTime: new Date(Date.now() - 481 * 60_000) },
  });
  expect(aged.count).toBe(1);

  const add = page.getByRole("form", { name: "Thêm ngày nghỉ lễ hoặc ngày làm bù" });
  const fill = async () => {
    await add.getByLabel("Ngày", { exact: true }).fill("2199-03-04");
    await add.getByLabel("Loại ngày").selectOption("HOLIDAY");
    await add.getByLabel("Tên ngày").fill("Ngày nghỉ thử xác thực lại");
    await add.getByRole("button", { name: "Thêm ngày" }).click();
  };
  await fill();
  await expect(add.getByRole("alert")).toContainText(
    "Thay đổi này cần xác thực lại danh tính: lần đăng nhập gần nhất của bạn đã quá 480 phút.",
  );
  expect(await db.calendarDay.count({ where: { date } })).toBe(0);

  await add.getByRole("link", { name: "Xác thực lại danh tính" }).click();
  await expect(page.getByRole("status").filter({ hasText: "xác thực lại" })).toHaveText(
    "Để thay đổi dữ liệu quản trị, vui lòng xác thực lại danh tính bằng tài khoản định danh điện tử.",
  );
  await startVneidSignIn(page);
  await page.getByRole("button", { name: "Đăng nhập: Trịnh Thị Ngọc" }).click();
  await page.waitForURL(`${E2E.baseURL}/quan-tri/ngay-nghi`);
  await page.goto("/quan-tri/ngay-nghi?nam=2199");
  await fill();
  await expect(add.getByRole("status")).toHaveText("Đã thêm ngày vào bảng.");
  await db.calendarDay.delete({ where: { date } });
});
