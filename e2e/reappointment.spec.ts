// Before a deadline is missed (NĐ 61/2018 Art. 19(9), now NĐ 118/2025 Art. 19): the leader
// is warned, issues the apology with a new date (Mẫu 04) once, a second attempt from a page opened
// before is refused, and the citizen reads the new date and the PDF.
import { expect, test, type Page } from "@playwright/test";
import { ONLY_ONCE } from "../lib/reappointments/messages";
import { extractText, normalizedText } from "../lib/pdf/test-fixtures";
import { createIdentityAndSignIn, newPerson } from "./support/identity";
import { pageAs, ROLES } from "./support/roles";
import { seedDossierDueSoon } from "./support/seed";
import { expectNoSeriousViolations } from "./support/axe";

const LEADER = ROLES.leader;
const FORM = "Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)";
const REASON = "Cần xác minh lại giấy chứng sinh với Bệnh viện Đa khoa tỉnh.";

/** The Mẫu 04 behind the page's link, fetched with the page's session, as text. */
async function mau04Text(page: Page, linkName: string) {
  const href = await page.getByRole("link", { name: linkName }).getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const text = extractText(new Uint8Array(await response.body()));
  expect(text, "pdftotext (poppler-utils) is installed by npm test").not.toBeNull();
  return normalizedText(text!);
}

test("the leader is warned, issues the Mẫu 04 once, and the citizen sees the new date", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const citizen = newPerson();
  await page.goto("/dang-nhap");
  await createIdentityAndSignIn(page, citizen);
  const dossier = await seedDossierDueSoon(citizen.personalId);
  const staffPage = `/can-bo/ho-so/${dossier.id}`;

  const desk = await pageAs(browser, "leader", "/can-bo?xem=dueSoon");
  const leader = desk.context();
  await expect(desk.getByRole("row").filter({ hasText: dossier.code }).getByTestId("deadline-flag")).toHaveText(
    "Sắp quá hạn",
  );
  await desk.getByRole("link", { name: dossier.code }).click();
  const panel = desk.getByRole("region", { name: /Sắp quá hạn/ });
  await expect(panel.getByTestId("deadline-warning")).toContainText("Hồ sơ sắp đến hạn trả kết quả");
  await expectNoSeriousViolations(desk);

  // A second tab, opened before issuing, still shows the form.
  const stale = await leader.newPage();
  await stale.goto(staffPage);
  await expect(stale.getByRole("button", { name: "Ban hành Mẫu 04" })).toBeVisible();

  const form = panel.getByRole("form", { name: FORM });
  await expect(form.getByLabel("Ngày hẹn trả kết quả mới (17:00)")).toHaveValue(/^\d{4}-\d{2}-\d{2}$/); // drafted
  await form.getByLabel("Lý do chậm trả kết quả").fill("Chậm");
  await form.getByRole("button", { name: "Ban hành Mẫu 04" }).click();
  await expect(form.getByText("Vui lòng nêu rõ lý do chậm trả kết quả (ít nhất 5 ký tự).")).toBeVisible();
  await expect(form.getByLabel("Lý do chậm trả kết quả")).toHaveValue("Chậm"); // kept, next to its message
  await form.getByLabel("Lý do chậm trả kết quả").fill(REASON);
  await form.getByRole("button", { name: "Ban hành Mẫu 04" }).click();
  const newDue = desk.getByTestId("new-due-at");
  await expect(newDue).toBeVisible();
  await expect(desk.getByRole("button", { name: "Ban hành Mẫu 04" })).toHaveCount(0);
  const newDueText = (await newDue.textContent())!;
  const pdf = await mau04Text(desk, "In Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)");
  expect(pdf).toContain("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ");
  expect(pdf).toContain(`Lý do: ${REASON}`);
  expect(pdf).toContain(LEADER);

  // The form of the tab opened before: refused on the server, nothing changes.
  await stale.getByRole("button", { name: "Ban hành Mẫu 04" }).click();
  await expect(stale.getByRole("form", { name: FORM }).getByRole("alert")).toHaveText(ONLY_ONCE);
  await stale.reload();
  await expect(stale.getByTestId("new-due-at")).toHaveText(newDueText);
  await leader.close();

  // The citizen reads the apology, the new date and the PDF.
  await page.goto(`/ho-so/${dossier.id}`);
  const notice = page.getByRole("region", { name: "Xin lỗi và hẹn lại ngày trả kết quả" });
  await expect(notice.getByTestId("new-due-at")).toHaveText(newDueText);
  await expect(notice).toContainText(REASON);
  expect(await mau04Text(page, "Tải Phiếu xin lỗi và hẹn lại ngày trả kết quả (PDF)")).toContain(
    `Kính gửi: Ông/Bà ${citizen.fullName}`,
  );
  await expectNoSeriousViolations(page);
});
