// The integration API end to end on the real server: a province administrator issues a key on
// /quan-tri/tich-hop (shown once), another system uses it over HTTP (catalogue, a dossier
// created from another portal, its status), the key is revoked; the status pushes reach the
// national-portal stand-in and are listed on /dev/cong-quoc-gia, also after it failed.
import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { createIdentityAndSignIn, newPerson } from "./support/identity";
import { pageAs } from "./support/roles";
import { seedSubmittedDossier } from "./support/seed";

type Field = { name: string; type: string; options?: { value: string }[]; maxLength?: number; label: string };
const SAMPLE: Record<string, string> = {
  personalId: "072090000001",
  phone: "0912000001",
  email: "a@example.vn",
  date: "2026-01-15",
  number: "1",
};
const PDF = readFileSync("e2e/fixtures/giay-chung-sinh.pdf").toString("base64");

async function dossierBody(request: APIRequestContext, key: string) {
  const res = await request.get("/api/v1/procedures?pageSize=100", { headers: { authorization: `Bearer ${key}` } });
  expect(res.status()).toBe(200);
  const birth = (await res.json()).items.find((p: { code: string }) => p.code === "1.001193");
  return {
    procedureCode: "1.001193",
    agencyCode: "000.21.01.H80",
    source: { system: "dichvucong.gov.vn", reference: `G22-${Date.now()}` },
    applicant: { personalId: "079099000222", fullName: "Nguyễn Văn Cổng Khác" },
    form: Object.fromEntries(
      birth.formFields.map((f: Field) => [
        f.name,
        f.type === "select"
          ? f.options![0].value
          : (SAMPLE[f.type] ?? `Giá trị ${f.label}`.slice(0, f.maxLength ?? 200)),
      ]),
    ),
    documents: birth.components
      .filter((c: { required: boolean }) => c.required)
      .map((c: { id: string }) => ({ componentId: c.id, fileName: "giay-to.pdf", contentBase64: PDF })),
  };
}

test("an administrator issues a key shown once; another system uses it, then it is revoked", async ({ browser }) => {
  const page = await pageAs(browser, "provinceAdmin", "/quan-tri/tich-hop");
  await expect(page.getByRole("heading", { name: "Tích hợp API", level: 1 })).toBeVisible();
  const name = `Cổng liên thông ${Date.now()}`;
  const form = page.getByRole("form", { name: "Tạo khoá API" });
  await form.getByRole("button", { name: "Tạo khoá API" }).click();
  await expect(form.getByRole("alert")).toHaveText("Tên hệ thống phải có ít nhất 3 ký tự.");
  await form.getByLabel("Tên hệ thống dùng khoá").fill(name);
  await form.getByRole("button", { name: "Tạo khoá API" }).click();
  await expect(form.getByRole("alert")).toHaveText("Chọn ít nhất một phạm vi cho khoá.");
  await expect(form.getByLabel("Tên hệ thống dùng khoá")).toHaveValue(name);
  for (const scope of ["catalog:read", "dossiers:read", "dossiers:create"])
    await form.getByRole("checkbox", { name: new RegExp(`^${scope} `) }).check();
  await form.getByRole("button", { name: "Tạo khoá API" }).click();
  const key = (await form.getByTestId("new-api-key").textContent())!.trim();
  expect(key).toMatch(/^dvc_[A-Za-z0-9_-]{43}$/);

  // Another system calls the API over HTTP with it.
  const request = page.request;
  const auth = { authorization: `Bearer ${key}` };
  expect((await request.get("/api/v1/procedures")).status()).toBe(401);
  const body = await dossierBody(request, key);
  const created = await request.post("/api/v1/dossiers", {
    headers: { ...auth, "idempotency-key": `e2e-${Date.now()}` },
    data: body,
  });
  expect(created.status()).toBe(201);
  const { code } = await created.json();
  const status = await request.get(`/api/v1/dossiers/${encodeURIComponent(code)}`, { headers: auth });
  expect(await status.json()).toMatchObject({ code, status: "receiving", statusName: "Mới đăng ký" });
  expect((await request.get("/api/v1/webhooks", { headers: auth })).status()).toBe(403);

  // The key is listed with its calls, and the audit shows them; then it is revoked.
  await page.reload();
  const row = page.getByTestId("api-key").filter({ hasText: name });
  await expect(row).toContainText(key.slice(0, 12));
  await expect(page.getByTestId("new-api-key")).toHaveCount(0); // never shown again
  await expect(page.getByRole("table").filter({ hasText: "POST /api/v1/dossiers" }).first()).toBeVisible();
  await row.getByRole("button", { name: "Thu hồi khoá" }).click();
  await expect(row.getByRole("status")).toContainText("Đã thu hồi khoá");
  expect((await request.get("/api/v1/procedures", { headers: auth })).status()).toBe(401);
  await page.reload();
  await expect(row).toContainText("đã thu hồi");
  await expect(row.getByRole("button", { name: "Thu hồi khoá" })).toHaveCount(0);

  const docs = await request.get("/api/v1/docs");
  expect(await docs.text()).toContain("Tạo hồ sơ đã được tiếp nhận trên cổng khác");
  await page.context().close();
});

test("status pushes reach the national stand-in in order, also after it failed", async ({ page, browser }) => {
  await page.goto("/dev/cong-quoc-gia");
  const mode = page.getByTestId("standin-mode");
  await expect(mode).toHaveText("Đang hoạt động bình thường.");
  await page.getByRole("button", { name: "Giả lập lỗi 503" }).click();
  await expect(mode).toContainText("Đang giả lập lỗi");

  const citizen = newPerson();
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto("/dang-nhap");
  await createIdentityAndSignIn(other, citizen);
  const dossier = await seedSubmittedDossier(citizen.personalId);
  await context.close();
  const counter = await pageAs(browser, "counter", `/can-bo/ho-so/${dossier.id}`);
  await counter.getByRole("button", { name: "Tiếp nhận hồ sơ", exact: true }).click();
  await expect(counter.getByTestId("dossier-status")).toHaveText("Được tiếp nhận");
  await counter.context().close();

  await page.reload();
  await expect(page.getByTestId("national-push").filter({ hasText: dossier.code })).toHaveCount(0);
  await page.getByRole("button", { name: "Hoạt động trở lại" }).click();
  await expect(mode).toHaveText("Đang hoạt động bình thường.");
  // The failed push waits for its retry (30 s backoff): reload until it has arrived.
  const push = page.getByTestId("national-push").filter({ hasText: dossier.code });
  await expect(async () => {
    await page.reload();
    await expect(push).toHaveCount(1);
  }).toPass({ timeout: 120_000 });
  await expect(push).toContainText("new");
  await expect(push).toContainText("receiving");
});
