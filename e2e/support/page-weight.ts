// Page weight as bytes, not time: every JavaScript and other response a page load fetches,
// gzipped as a server would send it. Deterministic for a given build, so it can be asserted.
import { gzipSync } from "node:zlib";
import type { Page } from "@playwright/test";

export type PageWeight = { path: string; jsGzipBytes: number; totalGzipBytes: number; requests: number };

export async function measurePage(page: Page, path: string): Promise<PageWeight> {
  const bodies: Promise<{ js: boolean; gzip: number }>[] = [];
  const onResponse = (response: import("@playwright/test").Response) => {
    const type = response.request().resourceType();
    bodies.push(
      response
        .body()
        .then((b) => ({ js: type === "script", gzip: gzipSync(b).length }))
        .catch(() => ({ js: false, gzip: 0 })),
    );
  };
  page.on("response", onResponse);
  await page.goto(path, { waitUntil: "networkidle" });
  page.off("response", onResponse);
  const all = await Promise.all(bodies);
  return {
    path,
    jsGzipBytes: all.filter((b) => b.js).reduce((s, b) => s + b.gzip, 0),
    totalGzipBytes: all.reduce((s, b) => s + b.gzip, 0),
    requests: all.length,
  };
}
