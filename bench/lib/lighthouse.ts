// Lighthouse on the public pages, mobile preset (its default: emulated phone, simulated slow 4G
// and a 4× slower CPU), with Debian's Chromium. One fresh headless browser for all pages.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export type LighthouseFigures = { path: string; score: number; lcpMs: number; tbtMs: number; cls: number };

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// As in playwright.config.ts: without the background-networking flags Chromium keeps dialling out.
const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"];

/**
 * Each page is run `runs` times and the run with the median score is kept, as Lighthouse's own
 * guidance on variance recommends: on a shared machine one run's score moves by ±10 points
 * (docs/performance.md), which must not decide a CI budget.
 */
export async function runLighthouse(base: string, paths: string[], runs = 1): Promise<LighthouseFigures[]> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  try {
    const out: LighthouseFigures[] = [];
    for (const p of paths) {
      // A first load warms the server's caches, as a visitor after the first would find them.
      await fetch(`${base}${p}`);
      const figures: LighthouseFigures[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(`${base}${p}`, { port: chrome.port, onlyCategories: ["performance"], output: "json", logLevel: "error" });
        if (!result) throw new Error(`Lighthouse returned nothing for ${p}`);
        const audits = result.lhr.audits;
        figures.push({
          path: p,
          score: Math.round((result.lhr.categories.performance.score ?? 0) * 100),
          lcpMs: audits["largest-contentful-paint"].numericValue ?? NaN,
          tbtMs: audits["total-blocking-time"].numericValue ?? NaN,
          cls: audits["cumulative-layout-shift"].numericValue ?? NaN,
        });
      }
      figures.sort((a, b) => a.score - b.score);
      out.push(figures[Math.floor(figures.length / 2)]);
    }
    return out;
  } finally {
    chrome.kill();
  }
}
