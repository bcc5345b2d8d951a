// The seeded staff, each signed in once per run by the setup project (e2e/sign-in.setup.ts)
// through the real pages of the identity provider; the tests open pages with the stored
// session instead of signing in again. Sessions are server-side rows named by a sealed cookie,
// valid 8 hours; the e2e server raises the staff idle limit (e2e/e2e-env.ts), so a state made by
// the setup holds for the whole run.
// Each context gets a copy of the file and nothing writes back: a test that signs out or
// switches language spoils only its own context.
import path from "node:path";
import { expect, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";

export const ROLES = {
  counter: "Phạm Thị Dung", // counter officer (Bộ phận một cửa), UBND phường Tân Ninh
  specialist: "Võ Minh Đức", // specialist, UBND phường Tân Ninh
  leader: "Huỳnh Văn Giang", // leader, UBND phường Tân Ninh
  constructionSpecialist: "Bùi Quốc Khánh", // specialist, Sở Xây dựng (asked for an opinion)
  postalOfficer: "Đỗ Văn Minh", // public postal service
  provinceAdmin: "Trịnh Thị Ngọc", // administrator, Trung tâm Phục vụ hành chính công tỉnh
  agencyAdmin: "Lý Thanh Phong", // administrator of UBND phường Tân Ninh only
} as const;

export type Role = keyof typeof ROLES;

/** Where the setup project stores the role's session (git-ignored). */
export const stateOf = (role: Role) => path.resolve("e2e/.auth", `${role}.json`);

/** For `test.use(signedInAs("counter"))`: the test's own page starts with the role's session. */
export const signedInAs = (role: Role) => ({ storageState: stateOf(role) });

/** Opens `path` on a page that has the role's session, and checks the header names the person. */
export async function openAs(page: Page, role: Role, path: string) {
  await page.goto(path);
  await expect(page.getByLabel("Người dùng đang đăng nhập")).toHaveText(ROLES[role]);
  return page;
}

/**
 * A new browser context with the role's stored session, on `path`. Like browser.newContext(),
 * it takes the project's device (desktop or phone) unless `options` say otherwise; the caller
 * closes `page.context()` as it would close a context of its own.
 */
export async function pageAs(browser: Browser, role: Role, path: string, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ ...options, storageState: stateOf(role) });
  return openAs(await context.newPage(), role, path);
}
