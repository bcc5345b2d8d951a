import { defineConfig, devices } from "@playwright/test";
import { E2E } from "./e2e/e2e-env";

// Debian's Chromium (npx playwright install cannot download here). Without the
// background-networking flags Chromium keeps dialling out on a closed network.
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
  ],
};

export default defineConfig({
  testDir: "e2e",
  // The page-weight budget is a measurement (`npm run page-weight`), not part of `npm test`.
  testIgnore: process.env.PAGE_WEIGHT ? [] : ["**/page-weight.spec.ts"],
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: E2E.baseURL,
    launchOptions,
    trace: "retain-on-failure",
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
  },
  projects: [
    // Signs each staff role in once through the identity provider's pages and stores its session
    // in e2e/.auth/ (e2e/sign-in.setup.ts); both device projects open their pages with those
    // states: the session cookie does not depend on the device.
    { name: "setup", testMatch: /\.setup\.ts$/, use: { ...devices["Desktop Chrome"], launchOptions } },
    { name: "desktop", dependencies: ["setup"], use: { ...devices["Desktop Chrome"], launchOptions } },
    { name: "mobile", dependencies: ["setup"], use: { ...devices["Pixel 7"], launchOptions } },
  ],
  webServer: {
    command: "node --import tsx scripts/serve.ts --no-seed",
    url: `${E2E.baseURL}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    env: E2E.serverEnv(),
    stdout: "pipe",
    stderr: "pipe",
  },
});
