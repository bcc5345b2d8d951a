// The postal channel end to end (docs/postal.md): the citizen chooses result-by-post, pays fees and
// postage online through the gateway simulator; staff approve; the counter hands the result to
// the post with a hand-over record both sides confirm; the postal officer, on a phone, records
// pick-up and delivery; the citizen sees "Đã trả kết quả" and the tracking history.
import { devices, expect, test, type Browser, type Page } from "@playwright/test";
import { createIdentityAndSignIn, newPerson } from "./support/identity";
import { pageAs, type Role } from "./support/roles";
import { seedCompleteDraft } from "./support/postal-seed";
import { expectNoSeriousViolations } from "./support/axe";

async function staff(browser: Browser, role: Role, path: string, mobile = false): Promise<Page> {
  return pageAs(
    browser,
    role,
    path,
    mobile ? { ...devices["Pixel 7"], locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" } : {},
  );
}

async function act(page: Page, label: string, note?: string) {
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: label, exact: true }) });
  if (note) await form.getByRole("textbox").fill(note);
  await form.getByRole("button", { name: label, exact: true }).click();
}

test("a result by post: paid online, handed to the post with a hand-over record, delivered on a phone", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const citizen = newPerson();
  await page.goto("/dang-nhap");
  await createIdentityAndSignIn(page, citizen);
  const id = await seedCompleteDraft(citizen.personalId);

  // The delivery step: the post, with a bad phone first (refused, nothing saved), then right.
  await page.goto(`/ho-so/${id}`);
  await page.getByRole("link", { name: /Hình thức nhận kết quả/ }).click();
  await page.getByLabel("Nhận tại nhà qua dịch vụ bưu chính công ích").check();
  await page.getByLabel("Xã, phường").selectOption({ label: "Phường Tân Ninh" });
  await page.getByLabel("Số nhà, đường, ấp, khu phố").fill("25 đường Cách Mạng Tháng Tám, khu phố 3");
  await page.getByLabel("Họ và tên người nhận").fill(citizen.fullName);
  await page.getByLabel("Số điện thoại người nhận").fill("09123");
  await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();
  // Beside the field, and as a link to it in the error summary.
  await expect(page.locator("#postal-recipientPhone-error")).toHaveText(
    "Số điện thoại người nhận phải gồm 10 chữ số, bắt đầu bằng số 0.",
  );
  await expect(page.getByTestId("error-summary").getByRole("link")).toHaveText([
    "Số điện thoại người nhận phải gồm 10 chữ số, bắt đầu bằng số 0.",
  ]);
  await expect(page.getByLabel("Số nhà, đường, ấp, khu phố")).toHaveValue("25 đường Cách Mạng Tháng Tám, khu phố 3");
  await page.getByLabel("Số điện thoại người nhận").fill("0912 345 678");
  await page.getByRole("button", { name: "Lưu và tiếp tục" }).click();
  await expect(page).toHaveURL(/buoc=\d+$/);
  await page.getByRole("button", { name: "Nộp hồ sơ", exact: true }).click();
  await expect(page.getByTestId("dossier-status")).toHaveText("Mới đăng ký");

  // Reception and the request for payment at the counter.
  const counter = await staff(browser, "counter", `/can-bo/ho-so/${id}`);
  await act(counter, "Tiếp nhận hồ sơ");
  await expect(counter.getByTestId("dossier-status")).toHaveText("Được tiếp nhận");
  await act(counter, "Yêu cầu nộp phí, lệ phí");
  await expect(counter.getByTestId("dossier-status")).toHaveText("Yêu cầu thực hiện nghĩa vụ tài chính");

  // One bill: the fee and the postage (same commune: 15.000 đồng), paid at the gateway.
  await page.reload();
  const bill = page.getByRole("region", { name: "Phí, lệ phí" });
  await expect(bill.getByText("Cước bưu chính")).toBeVisible();
  await expect(bill.getByTestId("bill-total")).toHaveText("23.000 đồng");
  await page.getByRole("button", { name: "Thanh toán trực tuyến" }).click();
  await page.waitForURL(/\/gateway-sim\/pay\?/);
  await expect(page.getByText("23.000 đồng")).toBeVisible();
  await page.getByRole("button", { name: "Thanh toán", exact: true }).click();
  await page.waitForURL(/\/ho-so\/[^/]+\?thanh-toan=1/);
  await expect(page.getByTestId("dossier-status")).toHaveText("Đang xử lý");

  // The specialist proposes, the leader approves.
  const specialist = await staff(browser, "specialist", `/can-bo/ho-so/${id}`);
  await act(specialist, "Trình lãnh đạo phê duyệt", "Đủ điều kiện cấp bản sao.");
  await expect(specialist.getByText("Chờ lãnh đạo phê duyệt", { exact: true })).toBeVisible();
  const leader = await staff(browser, "leader", `/can-bo/ho-so/${id}`);
  await act(leader, "Phê duyệt kết quả");
  await expect(leader.getByTestId("dossier-status")).toHaveText("Đã xử lý xong");

  // The counter hands the result to the post and draws up the hand-over record.
  await counter.reload();
  const postal = counter.getByRole("region", { name: "Bưu chính công ích" });
  await postal.getByRole("button", { name: "Giao kết quả cho bưu điện" }).click();
  await expect(postal.getByTestId("tracking-number")).toBeVisible();
  const trackingNumber = (await postal.getByTestId("tracking-number").textContent())!.trim();
  expect(trackingNumber).toMatch(/^RR\d{9}VN$/);
  await postal.getByRole("button", { name: /^Lập biên bản giao nhận/ }).click();
  await counter.waitForURL(/\/buu-chinh\/bien-ban\//);
  await expect(counter.getByRole("table")).toContainText(trackingNumber);
  const pdf = await counter.request.get(
    (await counter.getByRole("link", { name: "Tải biên bản giao nhận (PDF)" }).getAttribute("href"))!,
  );
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  await counter.getByRole("button", { name: "Cơ quan xác nhận biên bản" }).click();
  await expect(counter.getByTestId("agency-confirmed")).toContainText("Phạm Thị Dung");
  const handoverPath = new URL(counter.url()).pathname;

  // The postal officer, on a phone: confirms the record, then scans pick-up and delivery.
  const officer = await staff(browser, "postalOfficer", handoverPath, true);
  await officer.getByRole("button", { name: "Bưu điện xác nhận biên bản" }).click();
  await expect(officer.getByTestId("handover-confirmed")).not.toHaveText("Chờ hai bên xác nhận");
  await officer.goto("/buu-chinh");
  await expectNoSeriousViolations(officer);
  const scan = officer.getByRole("form", { name: "Ghi nhận sự kiện bưu gửi" });
  await scan.getByLabel(/Số hiệu bưu gửi/).fill(trackingNumber.toLowerCase());
  await scan.getByLabel("Bưu điện đã nhận bưu gửi").check();
  await scan.getByRole("button", { name: "Ghi nhận" }).click();
  await expect(scan.getByRole("status")).toHaveText(
    `Đã ghi nhận "Bưu điện đã nhận bưu gửi" cho bưu gửi ${trackingNumber}.`,
  );
  await scan.getByLabel(/Số hiệu bưu gửi/).fill(trackingNumber);
  await scan.getByLabel("Đã phát thành công").check();
  await scan.getByRole("button", { name: "Ghi nhận" }).click();
  await expect(scan.getByRole("alert")).toContainText("Phải kiểm tra giấy tờ tùy thân của người nhận");
  await expect(scan.getByLabel(/Số hiệu bưu gửi/)).toHaveValue(trackingNumber);
  await scan.getByLabel("Họ và tên người nhận").fill(citizen.fullName);
  await scan.getByLabel("Số định danh cá nhân của người nhận").fill(citizen.personalId);
  await scan.getByRole("button", { name: "Ghi nhận" }).click();
  await expect(scan.getByRole("status")).toHaveText(`Đã ghi nhận "Đã phát thành công" cho bưu gửi ${trackingNumber}.`);

  // The citizen: returned, with the tracking number and its history.
  await page.goto(`/ho-so/${id}`);
  await expect(page.getByTestId("dossier-status")).toHaveText("Đã trả kết quả");
  const shipment = page.getByTestId("shipment");
  await expect(shipment.getByTestId("tracking-number")).toHaveText(trackingNumber);
  await expect(shipment.getByTestId("shipment-status")).toHaveText("Đã phát thành công");
  await expect(shipment.getByTestId("tracking-history").getByRole("listitem")).toHaveCount(3);
  await expect(shipment.getByTestId("tracking-history")).toContainText("Bưu điện đã nhận bưu gửi");
  await expect(shipment.getByTestId("tracking-history")).toContainText("Đỗ Văn Minh");
});
