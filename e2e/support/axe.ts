import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** The page as it is now, checked with axe: no serious or critical WCAG 2 A/AA violation. */
export async function expectNoSeriousViolations(page: Page, what = page.url()) {
  // After a soft navigation (a server action's redirect) the new page's content can show before
  // its streamed metadata has put the <title> back; wait for the settled page. A page without a
  // title still fails here, with this message.
  await expect(page, `the <title> of ${what}`).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
  expect(serious, `axe on ${what}`).toEqual([]);
}

/** Opens the page, then checks it as above. */
export async function expectAccessible(page: Page, path: string) {
  await page.goto(path);
  await expectNoSeriousViolations(page, path);
}
