// The framework's own page of the same weight as a portal page (docs/performance.md,
// "Ratios in one run, against the framework's own pages"). A page's throughput falls with its bytes whatever the app does (Next.js hashes
// the whole HTML for its ETag and writes it per response), so the bare baseline pages alone
// cannot tell how much of a portal page's cost is the portal's own. The baseline app serves a
// list shaped like the catalogue's at growing sizes: static pages prerendered for fixed item
// counts (bench/baseline/app/weight/[items]), and its dynamic page with any item count
// (bench/baseline/app/dynamic/weight). These pick the one nearest in bytes to a portal page.
import { WEIGHT_STEPS } from "../baseline/app/_weight/steps";

const MAX_DYNAMIC_ITEMS = 500;

/** Bytes of a page's body as served (no compression asked, as the loads ask for none). */
export async function pageBytes(url: string, headers?: Record<string, string>): Promise<number> {
  const get = () => fetch(url, { headers: { ...headers, "accept-encoding": "identity" } });
  // Once more on a network error: a kept-alive connection from before a load may have been
  // closed by the server while the load ran ("fetch failed" seen once).
  const res = await get().catch(get);
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return (await res.arrayBuffer()).byteLength;
}

export type SameWeightPage = { url: string; bytes: number };

/** The prerendered list pages of a baseline server and their sizes, read once. */
const staticPages = new Map<string, Promise<SameWeightPage[]>>();

/** The prerendered list page nearest in bytes to `targetBytes`. */
export async function sameWeightStatic(baseUrl: string, targetBytes: number): Promise<SameWeightPage> {
  if (!staticPages.has(baseUrl)) {
    staticPages.set(
      baseUrl,
      (async () => {
        const pages: SameWeightPage[] = [];
        for (const items of WEIGHT_STEPS)
          pages.push({ url: `${baseUrl}/weight/${items}`, bytes: await pageBytes(`${baseUrl}/weight/${items}`) });
        return pages;
      })(),
    );
  }
  const distance = (p: SameWeightPage) => Math.abs(p.bytes - targetBytes);
  return (await staticPages.get(baseUrl)!).reduce((best, p) => (distance(p) < distance(best) ? p : best));
}

/** The dynamic page (`?ma=` looked up) with as many list items as bring it nearest to `targetBytes`. */
export async function sameWeightDynamic(baseUrl: string, code: string, targetBytes: number): Promise<SameWeightPage> {
  const at = (items: number) => `${baseUrl}/dynamic/weight?ma=${encodeURIComponent(code)}&items=${items}`;
  // Every item adds the same markup, so the size is a line in the item count.
  const [empty, hundred] = [await pageBytes(at(0)), await pageBytes(at(100))];
  const perItem = (hundred - empty) / 100;
  const items = Math.min(MAX_DYNAMIC_ITEMS, Math.max(0, Math.round((targetBytes - empty) / perItem)));
  return { url: at(items), bytes: await pageBytes(at(items)) };
}
