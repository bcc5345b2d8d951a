// The one-stop back office on an online dossier: a request to supplement answered item
// by item, reception, assignment, an opinion from a second agency (liên thông), the leader sends
// the draft back once then approves, and the result is handed over after an ID check.
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createIdentityAndSignIn, newPerson } from "./support/identity";
import { pageAs, ROLES, type Role } from "./support/roles";
import { seedReceivedDossier, seedSubmittedDossier } from "./support/seed";

const PDF = path.resolve("e2e/fixtures/giay-chung-sinh.pdf");
const SPECIALIST = ROLES.specialist;

test.describe.configure({ mode: "serial" });

/** A page of the role's own, with its stored session, closed when `run` is done. */
async function asStaff(browser: Browser, role: Role, returnTo: string, run: (page: Page) => Promise<void>) {
  const page = await pageAs(browser, role, returnTo);
  await run(page);
  await page.context().close();
}

/** Presses a workflow button (filling its note when given) and waits for the new status. */
async function act(page: Page, action: string, expectedStatus: string, note?: string) {
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: action, exact: true }) });
  if (note) await form.getByRole("textbox").fill(note);
  await form.getByRole("button", { name: action, exact: true }).click();
  await expect(page.getByTestId("dossier-status")).toHaveText(expectedStatus);
}

test("an online dossier goes through supplement, reception, another agency's opinion, a send-back and approval to the returned result", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const citizen = newPerson();
  await page.goto("/dang-nhap");
  await createIdentityAndSignIn(page, citizen);
  const dossier = await seedSubmittedDossier(citizen.personalId);
  const staffPage = `/can-bo/ho-so/${dossier.id}`;

  // Reception: one item is unreadable, the officer asks for it with a reason (Mẫu 02).
  await asStaff(browser, "counter", staffPage, async (p) => {
    await p.getByText("Yêu cầu bổ sung hồ sơ", { exact: true }).first().click();
    const item = p.locator("fieldset").filter({ hasText: "Giấy chứng sinh" });
    await item.getByRole("checkbox").check();
    await item.getByLabel("Lý do").fill("Bản chụp bị mờ");
    await p.getByRole("button", { name: "Gửi yêu cầu bổ sung" }).click();
    await expect(p.getByTestId("dossier-status")).toHaveText("Yêu cầu bổ sung giấy tờ");
  });

  // The citizen replaces only that item.
  await page.goto(`/ho-so/${dossier.id}`);
  const panel = page.getByRole("region", { name: "Bổ sung hồ sơ theo yêu cầu" });
  await expect(panel).toContainText("Bản chụp bị mờ");
  // The item's file chooser, not the camera's (photos of the pages, images only).
  await panel.locator("input[type=file]:not([capture])").setInputFiles(PDF);
  await expect(panel.getByText("giay-chung-sinh.pdf")).toBeVisible();
  await panel.getByRole("button", { name: "Gửi bổ sung" }).click();
  await expect(page.getByTestId("dossier-status")).toHaveText("Mới đăng ký");

  // Received, then the head of the agency assigns the specialist.
  await asStaff(browser, "counter", staffPage, async (p) => {
    await act(p, "Tiếp nhận hồ sơ", "Được tiếp nhận");
  });
  await asStaff(browser, "leader", staffPage, async (p) => {
    const form = p.getByRole("form", { name: "Phân công chuyên viên" });
    await form.getByRole("button", { name: "Phân công chuyên viên" }).click();
    await expect(form.getByRole("alert")).toHaveText("Vui lòng chọn chuyên viên xử lý.");
    await form.getByLabel("Chuyên viên xử lý").selectOption({ label: SPECIALIST });
    await form.getByRole("button", { name: "Phân công chuyên viên" }).click();
    await expect(p.getByTestId("dossier-status")).toHaveText("Đang xử lý");
    await expect(p.getByText(`Chuyên viên: ${SPECIALIST}`)).toBeVisible();
  });

  // The specialist finds it among "my" dossiers, records the check and asks the Department of Construction.
  await asStaff(browser, "specialist", "/can-bo?xem=mine", async (p) => {
    await p.getByRole("link", { name: dossier.code }).click();
    await act(p, "Ghi nhận kết quả thẩm định", "Đang xử lý", "Đã đối chiếu giấy chứng sinh bản chính.");
    const opinions = p.getByRole("region", { name: "Xin ý kiến cơ quan phối hợp (liên thông)" });
    await opinions.getByRole("button", { name: "Gửi xin ý kiến" }).click();
    await expect(opinions.getByRole("alert")).toHaveText("Vui lòng chọn ít nhất một cơ quan cần xin ý kiến.");
    await opinions.getByLabel("Sở Xây dựng tỉnh Tây Ninh").check();
    await opinions.getByLabel("Nội dung xin ý kiến").fill("Đề nghị cho ý kiến về địa chỉ nơi cư trú.");
    await opinions.getByLabel("Thời hạn trả lời (ngày làm việc)").fill("2");
    await opinions.getByRole("button", { name: "Gửi xin ý kiến" }).click();
    await expect(opinions.getByTestId("consultation")).toContainText("Đang chờ trả lời");
  });

  // The other agency sees the request in its own inbox and answers with a document.
  await asStaff(browser, "constructionSpecialist", "/can-bo?xem=opinions", async (p) => {
    await p.getByRole("link", { name: dossier.code }).click();
    const request = p.getByTestId("consultation");
    await request.locator("input[type=file]").setInputFiles(PDF);
    await expect(request.getByText("giay-chung-sinh.pdf")).toBeVisible();
    await request.getByLabel("Ý kiến trả lời").fill("Thống nhất: địa chỉ phù hợp.");
    await request.getByRole("button", { name: "Gửi ý kiến trả lời" }).click();
    await expect(request).toContainText("Thống nhất: địa chỉ phù hợp.");
    // It may read the dossier but take no decision on it.
    await expect(p.getByRole("button", { name: "Trình lãnh đạo phê duyệt" })).toHaveCount(0);
  });

  // Draft result to the leader, sent back once with a reason, proposed again, approved.
  await asStaff(browser, "specialist", staffPage, async (p) => {
    await expect(p.getByTestId("consultation")).toContainText("Thống nhất: địa chỉ phù hợp.");
    await act(p, "Trình lãnh đạo phê duyệt", "Đang xử lý", "Đủ điều kiện cấp Giấy khai sinh.");
  });
  await asStaff(browser, "leader", staffPage, async (p) => {
    await act(p, "Trả lại chuyên viên", "Đang xử lý", "Ghi rõ ý kiến của Sở Xây dựng trong tờ trình.");
  });
  await asStaff(browser, "specialist", staffPage, async (p) => {
    await expect(p.getByTestId("timeline")).toContainText("Ghi rõ ý kiến của Sở Xây dựng trong tờ trình.");
    await act(p, "Trình lãnh đạo phê duyệt", "Đang xử lý", "Đã bổ sung ý kiến của Sở Xây dựng.");
  });
  await asStaff(browser, "leader", staffPage, async (p) => {
    await act(p, "Phê duyệt kết quả", "Đã xử lý xong");
  });

  // Hand-over at the counter: a wrong ID is refused, the applicant's own is accepted.
  await asStaff(browser, "counter", staffPage, async (p) => {
    const form = p.getByRole("form", { name: "Trả kết quả tại Bộ phận một cửa" });
    await form.getByLabel("Số định danh cá nhân của người nhận").fill("072000000000");
    await form.getByRole("button", { name: "Trả kết quả" }).click();
    await expect(form.getByRole("alert")).toContainText("không khớp với người nộp hồ sơ");
    await form.getByLabel("Số định danh cá nhân của người nhận").fill(citizen.personalId);
    await form.getByRole("button", { name: "Trả kết quả" }).click();
    await expect(p.getByTestId("dossier-status")).toHaveText("Đã trả kết quả");
  });

  // The citizen follows every step but not the administration's internal notes.
  await page.goto(`/ho-so/${dossier.id}`);
  await expect(page.getByTestId("dossier-status")).toHaveText("Đã trả kết quả");
  await expect(page.getByTestId("timeline")).toContainText("Xin ý kiến cơ quan phối hợp");
  await expect(page.getByTestId("timeline")).not.toContainText("Ghi rõ ý kiến của Sở Xây dựng trong tờ trình.");
});

/** The tabs' labels with their counts, as the officer reads them. */
async function tabCounts(page: Page) {
  const tab = (view: string) => page.getByTestId(`inbox-tab-${view}`);
  return {
    received: await tab("received").textContent(),
    processing: await tab("processing").textContent(),
    approval: await tab("approval").textContent(),
    resolved: await tab("resolved").textContent(),
    all: await tab("all").textContent(),
  };
}

test("the inbox shows a dossier's code, applicant and dates, finds its code typed in lower case, and counts it on its tab; approval waits for the electronic result", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const citizen = newPerson();
  await page.goto("/dang-nhap");
  await createIdentityAndSignIn(page, citizen);
  // Dates the test chooses, far from today so that no deadline flag or tab depends on the clock:
  // received 04/03/2030 at 08:30 in Vietnam (01:30 UTC), due 08/03/2030 at 16:00 (09:00 UTC).
  const dossier = await seedReceivedDossier(citizen.personalId, {
    receivedAt: new Date("2030-03-04T01:30:00Z"),
    dueAt: new Date("2030-03-08T09:00:00Z"),
  });
  expect(dossier.code).toMatch(/^000\.21\.01\.H80-991231-\d{4}$/);
  const typed = `  ${dossier.code.toLowerCase()} `; // as typed on a phone

  // The leader searches the code in lower case: found across all tabs, counted on its own.
  await asStaff(browser, "leader", "/can-bo", async (p) => {
    const search = p.getByRole("search", { name: "Lọc và tìm hồ sơ" });
    await search.getByLabel("Tìm (mã hồ sơ hoặc một phần mã, số định danh, họ tên)").fill(typed);
    await search.getByRole("button", { name: "Lọc" }).click();
    await expect(p.getByTestId("inbox-tab-all")).toHaveAttribute("aria-current", "page");
    const rows = p.getByTestId("inbox-row");
    await expect(rows).toHaveCount(1);
    await expect(rows.getByRole("cell")).toHaveText([
      dossier.code,
      "Đăng ký khai sinh",
      citizen.fullName,
      "Trực tuyến",
      "04/03/2030 08:30",
      "08/03/2030 16:00",
      "Được tiếp nhận",
    ]);
    expect(await tabCounts(p)).toEqual({
      received: "Đã tiếp nhận, chờ xử lý (1)",
      processing: "Đang xử lý (0)",
      approval: "Chờ phê duyệt (0)",
      resolved: "Kết quả chờ trả (0)",
      all: "Tất cả hồ sơ (1)",
    });

    // Assigning the specialist moves it from "received" to "processing"; the search stays.
    await rows.getByRole("link", { name: dossier.code }).click();
    const form = p.getByRole("form", { name: "Phân công chuyên viên" });
    await form.getByLabel("Chuyên viên xử lý").selectOption({ label: SPECIALIST });
    await form.getByRole("button", { name: "Phân công chuyên viên" }).click();
    await expect(p.getByTestId("dossier-status")).toHaveText("Đang xử lý");
    await p.goBack();
    await p.reload();
    expect(await tabCounts(p)).toEqual({
      received: "Đã tiếp nhận, chờ xử lý (0)",
      processing: "Đang xử lý (1)",
      approval: "Chờ phê duyệt (0)",
      resolved: "Kết quả chờ trả (0)",
      all: "Tất cả hồ sơ (1)",
    });
  });

  // The specialist proposes the result without attaching the electronic one.
  await asStaff(browser, "specialist", `/can-bo/ho-so/${dossier.id}`, async (p) => {
    await act(p, "Trình lãnh đạo phê duyệt", "Đang xử lý", "Đủ điều kiện cấp Giấy khai sinh.");
  });

  // The applicant asked for the result electronically: no approval without the file or a paper-only record.
  await asStaff(browser, "leader", `/can-bo/ho-so/${dossier.id}`, async (p) => {
    await expect(p.getByTestId("refused-actions")).toHaveText(
      "Chưa thể “Phê duyệt kết quả”: Người nộp đăng ký nhận kết quả bản điện tử nhưng hồ sơ chưa có tệp kết quả: hãy đính kèm tệp kết quả (PDF), hoặc ghi nhận kết quả chỉ cấp bản giấy và lý do, rồi phê duyệt.",
    );
    await expect(p.getByRole("button", { name: "Phê duyệt kết quả", exact: true })).toHaveCount(0);
    const paper = p.getByRole("form", { name: "Kết quả chỉ cấp bản giấy" });
    await paper.getByRole("button", { name: "Ghi nhận chỉ cấp bản giấy" }).click();
    await expect(paper.getByRole("alert")).toHaveText("Vui lòng ghi rõ lý do kết quả chỉ cấp bản giấy.");
    await paper.getByLabel("Lý do chỉ cấp bản giấy").fill("Bản chính Giấy khai sinh cấp bản giấy có chữ ký, đóng dấu.");
    await paper.getByRole("button", { name: "Ghi nhận chỉ cấp bản giấy" }).click();
    await expect(p.getByTestId("refused-actions")).toHaveCount(0);
    await act(p, "Phê duyệt kết quả", "Đã xử lý xong");
  });

  // The citizen reads where to collect the paper result, and why there is no electronic copy.
  await page.goto(`/ho-so/${dossier.id}`);
  await expect(page.getByTestId("dossier-status")).toHaveText("Đã xử lý xong");
  await expect(page.getByTestId("paper-only-result")).toHaveText(
    "Kết quả được cấp bản giấy; nhận tại Bộ phận Một cửa của Ủy ban nhân dân phường Tân Ninh." +
      "Lý do không có bản điện tử: Bản chính Giấy khai sinh cấp bản giấy có chữ ký, đóng dấu.",
  );
  await expect(page.getByText("Chưa có bản điện tử của kết quả.")).toHaveCount(0);
});
