// The setup project (playwright.config.ts): each seeded staff role signs in once, through the
// real pages of the identity provider, and its session is stored for the spec projects, which
// open their pages with it (e2e/support/roles.ts). Tests of the sign-in itself still go through
// the pages every time: the walking skeleton, and fresh citizens made during a test.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { test as setup } from "@playwright/test";
import { signInAs } from "./support/identity";
import { ROLES, stateOf, type Role } from "./support/roles";

/** Where each role lands after signing in: a page its role may open. */
const LANDING: Record<Role, string> = {
  counter: "/can-bo",
  specialist: "/can-bo",
  leader: "/can-bo",
  constructionSpecialist: "/can-bo",
  postalOfficer: "/buu-chinh",
  provinceAdmin: "/quan-tri",
  agencyAdmin: "/quan-tri",
};

for (const role of Object.keys(ROLES) as Role[]) {
  setup(`sign in as ${ROLES[role]} (${role})`, async ({ page }) => {
    // Staff and administrators sign in at e-ID level 2 (level 1 is refused for them).
    await signInAs(page, ROLES[role], LANDING[role], 2);
    mkdirSync(path.dirname(stateOf(role)), { recursive: true });
    await page.context().storageState({ path: stateOf(role) });
  });
}
