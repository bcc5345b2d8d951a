// Every response carries a Content-Security-Policy (docs/decisions/027): pages rendered per
// request a fresh script nonce from proxy.ts, the prerendered public pages and the API fixed
// policies from next.config.ts. The key pages load without a single violation and still work.
import { expect, test, type Page } from "@playwright/test";
import { createIdentityAndSignIn, newPerson } from "./support/identity";
import { startBirthRegistrationDraft } from "./support/draft";
import { seedDossierAwaitingPayment } from "./support/payment-seed";
import { pageAs } from "./support/roles";

const CSP = "content-security-policy";
const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1];

/** Collects CSP violations (the event, and Chromium's console report) of everything the page loads. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error" && /Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  await page.exposeFunction("__reportViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportViolation: (v: string) => void }).__reportViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || "inline"} on ${location.pathname}`,
      );
    });
  });
  return violations;
}

test("every kind of response has a policy: nonce per page rendered per request, fixed for prerendered pages and the API", async ({
  request,
}) => {
  const policy = async (path: string, headers: Record<string, string> = {}) => {
    const response = await request.get(path, { headers, maxRedirects: 0 });
    const value = response.headers()[CSP];
    expect(value, `${path} has a Content-Security-Policy`).toBeTruthy();
    expect(value, path).toContain("frame-ancestors 'none'");
    // Plain http here: no Strict-Transport-Security (it would pin the browser to https).
    expect(response.headers()["strict-transport-security"], path).toBeUndefined();
    return { value, response };
  };

  // The prerendered copies: served from the page cache, a fixed policy without a nonce.
  for (const path of ["/", "/thu-tuc", "/thu-tuc/1.001193"]) {
    const { value, response } = await policy(path);
    expect(response.headers()["x-nextjs-cache"], path).toMatch(/^(HIT|MISS|STALE)$/);
    expect(value).not.toContain("'nonce-");
    expect(value).toContain("object-src 'none'");
    expect(value).toContain("base-uri 'self'");
  }

  // Rendered per request: a nonce of its own each time, on the policy and on the page's scripts.
  const first = await policy("/thu-tuc?q=khai+sinh");
  const second = await policy("/thu-tuc?q=khai+sinh");
  const nonce = nonceOf(first.value);
  expect(nonce).toBeTruthy();
  expect(nonceOf(second.value)).not.toBe(nonce);
  expect(first.value).toContain("'strict-dynamic'");
  const html = await first.response.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  // Sign-in posts to next-auth, which sends the browser on to the identity provider.
  expect(first.value).toMatch(/form-action 'self' http:\/\/localhost:\d+/);

  // A page that does not exist, the staff area (signed out: sent to sign in), the lookup.
  expect(nonceOf((await policy("/khong-co-trang-nay")).value)).toBeTruthy();
  expect((await policy("/khong-co-trang-nay")).response.status()).toBe(404);
  await policy("/can-bo");
  await policy("/tra-cuu?ma=000.00.00.H57-250101-0001");

  // Route handlers and files: nothing to load, never framed.
  for (const path of [
    "/api/health",
    "/api/v1/procedures",
    "/api/v1/khong-co",
    "/robots.txt",
    "/favicon.ico",
    // The routes that serve files answer a refusal with the API's policy too (lib/http.ts).
    "/api/attachments/khong-co",
    "/api/dossiers/khong-co/mau-01",
  ]) {
    expect((await policy(path)).value, path).toContain("default-src 'none'");
  }
  // The API reference and a caught mail keep their own, stricter, policies.
  expect((await policy("/api/v1/docs")).value).toContain("style-src 'unsafe-inline'");
});

test("the key pages load without a policy violation and their scripts still run", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const violations = await watchViolations(page);

  // Visitor: the prerendered home and procedure page; the catalogue's search (JavaScript submits it).
  await page.goto("/");
  await page.goto("/thu-tuc/1.001193");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Đăng ký khai sinh");
  await page.goto("/khong-co-trang-nay");
  await page.goto("/tra-cuu");

  // Signing in through the development identity provider, then the wizard and the dossier page.
  const citizen = newPerson();
  await page.goto("/dang-nhap");
  await createIdentityAndSignIn(page, citizen);
  const draft = await startBirthRegistrationDraft(page); // a client-side form: needs the scripts
  await expect(page).toHaveURL(new RegExp(`${draft}$`));
  await page.goto("/ho-so");
  await page.goto(draft);

  // Paying through the gateway simulator and coming back to the dossier page.
  const awaiting = await seedDossierAwaitingPayment(citizen.personalId);
  await page.goto(`/ho-so/${awaiting.id}`);
  await page.getByRole("button", { name: "Thanh toán trực tuyến" }).click();
  await page.waitForURL(/\/gateway-sim\/pay\?/);
  await page.getByRole("button", { name: "Thanh toán", exact: true }).click();
  await page.waitForURL(/\/ho-so\/[^/]+\?thanh-toan=1/);
  await expect(page.getByTestId("dossier-status")).toHaveText("Đang xử lý");

  // The development mail catcher (ours: app/dev/thu).
  await page.goto("/dev/thu");
  expect(violations, "citizen's pages").toEqual([]);

  // Staff: the inbox, a dossier, the administration.
  const staff = await pageAs(browser, "counter", "/can-bo");
  const staffViolations = await watchViolations(staff);
  await staff.reload();
  await staff.goto(`/can-bo/ho-so/${awaiting.id}`);
  await expect(staff.getByText(awaiting.code).first()).toBeVisible();
  await staff.context().close();

  const admin = await pageAs(browser, "provinceAdmin", "/quan-tri");
  const adminViolations = await watchViolations(admin);
  await admin.reload();
  await admin.goto("/quan-tri/ngay-nghi");
  await admin.context().close();
  expect([...staffViolations, ...adminViolations], "staff pages").toEqual([]);
});
