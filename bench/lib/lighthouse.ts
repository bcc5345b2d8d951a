// Lighthouse on the public pages, mobile preset (its default: emulated phone, simulated slow 4G
// and a 4× slower CPU), with Debian's Chromium. One fresh headless browser for all pages.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export type LighthouseFigures = { path: string; score: number; lcpMs: number; tbtMs: number; cls: number };

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// As in playwright.config.ts: without the background-networking flags Chromium keeps dialling out.
const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"];

export async function runLighthouse(base: string, paths: string[]): Promise<LighthouseFigures[]> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  try {
    const out: LighthouseFigures[] = [];
    for (const p of paths) {
      // A first load warms the server's caches, as a visitor after the first would find them.
      await fetch(`${base}${p}`);
      const result = await lighthouse(`${base}${p}`, { port: chrome.port, onlyCategories: ["performance"], output: "json", logLevel: "error" });
      if (!result) throw new Error(`Lighthouse returned nothing for ${p}`);
      const audits = result.lhr.audits;
      out.push({
        path: p,
        score: Math.round((result.lhr.categories.performance.score ?? 0) * 100),
        lcpMs: audits["largest-contentful-paint"].numericValue ?? NaN,
        tbtMs: audits["total-blocking-time"].numericValue ?? NaN,
        cls: audits["cumulative-layout-shift"].numericValue ?? NaN,
      });
    }
    return out;
  } finally {
    chrome.kill();
  }
}
