// Which requests get a prerendered public page (docs/decisions/016). Home, the catalogue's
// first page and the procedure pages are the same for every visitor without a session, in each
// language; such a visitor is served the copy prerendered for the language of the switch's
// cookie (app/(static)/tinh/[lang]), which is what lets these pages carry the morning rush
// (docs/decisions/016). A signed-in visitor (whose stored language wins, and whose header shows their own
// links) and a search (?q=, filters, pages) get the page rendered per request.
//
// These are next.config.ts rewrites rather than proxy.ts: the router matches them without
// running the proxy function per request (≈ 30 % of the throughput of a cached page). Access
// control stays in the pages and lib/; this only picks a rendering. No imports beyond the
// dependency-free locales, since next.config.ts loads it.
import { DEFAULT_LOCALE, LOCALE_COOKIE, LOCALES } from "./locales";

/** Where the prerendered copies live; never linked, reached through these rewrites. */
export const STATIC_PREFIX = "/tinh";
/** A procedure code as the catalogue has them (1.001193); anything else is left to the per-request page's 404. */
export const STATIC_PAGES = ["/", "/thu-tuc", "/thu-tuc/:code(\\d\\.\\d{6})"] as const;

/** next-auth's session cookie as it may be named (`__Secure-` over HTTPS, chunked from `.0` when large). */
export const SESSION_COOKIES = [
  "next-auth.session-token",
  "next-auth.session-token.0",
  "__Secure-next-auth.session-token",
  "__Secure-next-auth.session-token.0",
];
/** The catalogue's query parameters (lib/procedures/search-params.ts PARAM_KEYS; a unit test keeps them equal). */
export const CATALOGUE_PARAMS = ["q", "linh-vuc", "co-quan", "cap", "muc-do", "trang"];

type Condition = { type: "cookie" | "query"; key: string; value?: string };
export type Rewrite = { source: string; destination: string; has?: Condition[]; missing: Condition[] };

export function staticPageRewrites(): Rewrite[] {
  const missing: Condition[] = [
    ...SESSION_COOKIES.map((key) => ({ type: "cookie" as const, key })),
    ...CATALOGUE_PARAMS.map((key) => ({ type: "query" as const, key })),
  ];
  const target = (locale: string, page: string) => `${STATIC_PREFIX}/${locale}${page === "/" ? "" : page}`;
  return STATIC_PAGES.flatMap((page) => [
    // Another language chosen with the switch; anything else (no cookie, "vi", garbage) is Vietnamese.
    ...LOCALES.filter((l) => l !== DEFAULT_LOCALE).map((locale) => ({
      source: page,
      destination: target(locale, page),
      has: [{ type: "cookie" as const, key: LOCALE_COOKIE, value: locale }],
      missing,
    })),
    { source: page, destination: target(DEFAULT_LOCALE, page), missing },
  ]);
}
