// Sign-in through the real pages of the development identity provider (VNeID stand-in).
import { expect, type Page } from "@playwright/test";
import { E2E } from "../e2e-env";

export type NewPerson = { personalId: string; fullName: string; dateOfBirth: string; phone: string; email: string };

let lastStamp = 0;

/**
 * A fresh, unique person, so that tests never depend on one another's data. The number comes from
 * a clock that never repeats within the run, and the name carries six of its digits: the
 * provider's page lists people by name, and two people whose names ended in the same four
 * random digits made a sign-in click ambiguous.
 */
export function newPerson(prefix = "Công dân"): NewPerson {
  lastStamp = Math.max(lastStamp + 1, Date.now());
  const n = String(lastStamp % 1e9).padStart(9, "0");
  return {
    personalId: `079${n}`,
    fullName: `${prefix} Kiểm Thử ${n.slice(-6)}`,
    dateOfBirth: "1992-05-17",
    phone: "0987654321",
    email: `kiemthu${n}@example.vn`,
  };
}

async function startVneidSignIn(page: Page) {
  await page.getByRole("button", { name: "Đăng nhập bằng tài khoản định danh điện tử (VNeID)" }).click();
  await page.waitForURL((url) => url.origin === E2E.idpURL);
  await expect(page.getByRole("heading", { name: /Đăng nhập bằng định danh điện tử/ })).toBeVisible();
}

/** From any page showing the VNeID button: creates the person on the provider's page and signs in. */
export async function createIdentityAndSignIn(page: Page, person: NewPerson) {
  await startVneidSignIn(page);
  await page.getByLabel("Số định danh cá nhân").fill(person.personalId);
  await page.getByLabel("Họ và tên").fill(person.fullName);
  await page.getByLabel("Ngày sinh").fill(person.dateOfBirth);
  await page.getByLabel("Số điện thoại").fill(person.phone);
  await page.getByLabel("Thư điện tử").fill(person.email);
  await page.getByRole("button", { name: "Tạo và đăng nhập" }).click();
  await page.waitForURL((url) => url.origin === E2E.baseURL);
  await expect(page.getByLabel("Người dùng đang đăng nhập")).toHaveText(person.fullName);
}

/**
 * Signs in as one of the seeded demo people (staff or citizens), at e-ID level 2 unless told
 * otherwise (the portal refuses level 1 for staff).
 */
export async function signInAs(page: Page, fullName: string, returnTo = "/can-bo", level: 1 | 2 = 2) {
  await page.goto(`/dang-nhap?callbackUrl=${encodeURIComponent(returnTo)}`);
  await startVneidSignIn(page);
  await page
    .getByRole("radio", { name: `Mức độ ${level}` })
    .first()
    .check();
  await page.getByRole("button", { name: `Đăng nhập: ${fullName}` }).click();
  await page.waitForURL((url) => url.origin === E2E.baseURL);
  await expect(page.getByLabel("Người dùng đang đăng nhập")).toHaveText(fullName);
}
