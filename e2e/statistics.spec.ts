// Statistics (docs/statistics.md): the public statistics on a phone show the province's on-time rate and charts whose
// tables carry the same figures; a leader refreshes the figures, downloads the XLSX report and
// its totals match the page.
import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import { devices, expect, test, type Locator } from "@playwright/test";
import { E2E } from "./e2e-env";
import { expectNoSeriousViolations } from "./support/axe";
import { pageAs } from "./support/roles";
import { MARCH_2019, seedMarch2019 } from "./support/statistics-seed";

const PERIOD = "ky=thang&nam=2019&so=3";

const numbers = async (cells: Locator) =>
  (await cells.evaluateAll((els) => els.map((e) => e.getAttribute("data-value")))).map(Number);

test("statistics on a phone, and the leader's XLSX matching the page", async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== "mobile", "the public page is checked on the mobile profile (Pixel 7)");
  test.setTimeout(180_000);
  await seedMarch2019();

  // The leader brings the figures up to date now rather than at the next scheduled refresh.
  const page = await pageAs(browser, "leader", `/can-bo/bao-cao?${PERIOD}`);
  await page.getByRole("button", { name: "Cập nhật số liệu ngay" }).click();
  await expect(page.getByTestId("received")).toHaveText(String(MARCH_2019.received));
  await expect(page.getByTestId("on-time-rate")).toHaveText("87,5 %"); // (3 + 4) / 8
  const total = page.getByTestId("by-procedure-total");
  const pageTotals = await numbers(total.locator("td"));
  expect(pageTotals.slice(0, 8)).toEqual([10, 6, 2, 2, 8, 3, 4, 1]);
  // Average processing time: (3 × 48 h + 4 × 119 h + 144 h) / 8 = 95,5 h = 3,979… days, shown to 2 decimals.
  await expect(total.locator("td").nth(9)).toHaveText("3,98");
  // Each dossier under the officer who handled it: Võ Minh Đức the 8 resolved (5 assigned, 3 he
  // proposed without an assignment), nobody yet the 2 open ones (counter).
  const byOfficer = page.getByTestId("by-officer");
  const officerRow = async (name: string) =>
    (await numbers(byOfficer.getByRole("row").filter({ hasText: name }).locator("td"))).slice(0, 8);
  expect(await officerRow("Võ Minh Đức")).toEqual([8, 6, 2, 0, 8, 3, 4, 1]);
  expect(await officerRow("Chưa phân công")).toEqual([2, 0, 0, 2, 0, 0, 0, 0]);
  await expectNoSeriousViolations(page);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải bảng tính (XLSX)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("bao-cao-000.21.01.H80-2019-thang-3.xlsx");
  const book = new ExcelJS.Workbook();
  const file = await readFile((await download.path())!);
  await book.xlsx.load(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
  const sheet = book.getWorksheet("Theo thủ tục")!;
  const last = (sheet.getRow(sheet.rowCount).values as unknown[]).slice(2);
  expect(last[0]).toBe("Tổng cộng");
  expect(last.slice(1, 9)).toEqual(pageTotals.slice(0, 8));
  expect(last[9]).toBeCloseTo(pageTotals[8], 9); // on-time rate, as a fraction in both
  const summary = Object.fromEntries(
    book
      .getWorksheet("Tổng hợp")!
      .getSheetValues()
      .slice(2)
      .map((r) => [(r as unknown[])[1], (r as unknown[])[2]]),
  );
  expect([summary["Tiếp nhận"], summary["Quá hạn"], summary["Đã giải quyết"]]).toEqual([
    pageTotals[0],
    pageTotals[7],
    pageTotals[4],
  ]);

  // The public page, signed out, on the phone.
  const visitor = await browser.newContext({
    ...devices["Pixel 7"],
    baseURL: E2E.baseURL,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
  });
  const pub = await visitor.newPage();
  await pub.goto(`/thong-ke?${PERIOD}`);
  await expect(pub.getByRole("heading", { level: 1 })).toHaveText("Thống kê giải quyết thủ tục hành chính");
  await expect(pub.getByRole("heading", { name: /Toàn tỉnh Tây Ninh, Tháng 3\/2019/ })).toBeVisible();
  await expect(pub.getByTestId("on-time-rate")).toHaveText("87,5 %");
  // 3,979… days against 120 h = 5 days, to one decimal.
  await expect(pub.getByTestId("average-time")).toHaveText("4,0 ngày so với thời hạn 5,0 ngày");
  const chart = pub.getByTestId("monthly-chart");
  await expect(chart.locator("svg")).toBeVisible();
  const bars = await numbers(chart.locator("rect[data-value]"));
  const cells = await numbers(pub.getByTestId("monthly-chart-table").locator("td"));
  expect(bars).toEqual(cells);
  expect(cells).toEqual([MARCH_2019.early, MARCH_2019.onTime, MARCH_2019.late]);
  const channelCells = await numbers(pub.getByTestId("channel-chart-table").locator("td"));
  expect(channelCells).toEqual([0.6, 0.2, 0.2]);
  expect(await numbers(pub.getByTestId("channel-chart").locator("rect[data-value]"))).toEqual(channelCells);
  // It fits the phone: nothing wider than the screen but the scrollable tables.
  expect(await pub.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await expectNoSeriousViolations(pub);

  // A bad period gets a clear message instead of figures; in English too.
  await pub.goto("/thong-ke?ky=thang&nam=2019&so=13");
  await expect(pub.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Tháng không hợp lệ: chọn từ 1 đến 12.");
  await expect(pub.getByTestId("on-time-rate")).toHaveCount(0);
  await visitor.addCookies([{ name: "ngon-ngu", value: "en", url: E2E.baseURL }]);
  await pub.goto(`/thong-ke?${PERIOD}`);
  await expect(pub.getByRole("heading", { level: 1 })).toHaveText("Administrative procedure statistics");
  await expect(pub.getByTestId("on-time-rate")).toHaveText("87.5 %");
  await expect(pub.getByRole("heading", { name: /Tây Ninh province, Month 3\/2019/ })).toBeVisible();
  await pub.goto("/thong-ke?ky=quy&so=7");
  await expect(pub.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("The quarter is not valid: choose 1 to 4.");
  await visitor.close();
  await page.context().close();
});
