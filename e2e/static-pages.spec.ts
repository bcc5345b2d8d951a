// The public pages a visitor without a session gets are the copies prerendered per language
// (docs/decisions/016): served from Next.js's page cache (its x-nextjs-cache header says so),
// in the language of the switch's cookie. A search and a signed-in visitor get the page
// rendered per request, with the person's own header.
import { expect, test } from "@playwright/test";
import { createIdentityAndSignIn, newPerson } from "./support/identity";

const CACHE = "x-nextjs-cache";

test("visitors without a session get the prerendered copy in their language; searches and signed-in people do not", async ({
  page,
  request,
}) => {
  for (const path of ["/", "/thu-tuc", "/thu-tuc/1.001193"]) {
    const vi = await request.get(path);
    expect(vi.status()).toBe(200);
    expect(vi.headers()[CACHE], path).toMatch(/^(HIT|MISS|STALE)$/);
    expect(await vi.text()).toContain('<html lang="vi">');
    const en = await request.get(path, { headers: { cookie: "ngon-ngu=en" } });
    expect(en.headers()[CACHE], path).toMatch(/^(HIT|MISS|STALE)$/);
    expect(await en.text()).toContain('<html lang="en">');
  }
  // A language the portal does not have falls back to Vietnamese.
  expect(await (await request.get("/thu-tuc", { headers: { cookie: "ngon-ngu=fr" } })).text()).toContain(
    '<html lang="vi">',
  );

  // A search is answered per request, and finds what it was asked for.
  const search = await request.get("/thu-tuc?q=khai+sinh");
  expect(search.headers()[CACHE]).toBeUndefined();
  expect(await search.text()).toContain("Đăng ký khai sinh");

  // Signed in: the same addresses are rendered per request, with the person's links and name.
  const citizen = newPerson();
  await page.goto("/dang-nhap");
  await createIdentityAndSignIn(page, citizen);
  const signedIn = await page.goto("/thu-tuc/1.001193");
  expect(signedIn?.headers()[CACHE]).toBeUndefined();
  await expect(page.getByLabel("Người dùng đang đăng nhập")).toHaveText(citizen.fullName);
  await expect(
    page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Hồ sơ của tôi" }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Nộp hồ sơ trực tuyến" })).toBeVisible();

  // An unknown procedure is a 404 in both renderings; what is not even a procedure code never
  // reaches the prerendered copies (each would be kept in their cache).
  expect((await request.get("/thu-tuc/9.999999")).status()).toBe(404);
  const notACode = await request.get("/thu-tuc/khong-phai-ma");
  expect(notACode.status()).toBe(404);
  expect(notACode.headers()[CACHE]).toBeUndefined();
  expect((await page.goto("/thu-tuc/9.999999"))?.status()).toBe(404);
});

test("the sign-in button waits, disabled, until the page's script can act on a tap", async ({ page, request }) => {
  // A tap before the script had run did nothing at all: no request, no message (caught by a CI run).
  const served = await (await request.get("/thu-tuc/1.001193")).text();
  expect(served).toMatch(/<button[^>]*disabled=""[^>]*>Đăng nhập bằng tài khoản định danh điện tử \(VNeID\)<\/button>/);
  await page.goto("/thu-tuc/1.001193");
  await expect(page.getByRole("button", { name: "Đăng nhập bằng tài khoản định danh điện tử (VNeID)" })).toBeEnabled();
});
