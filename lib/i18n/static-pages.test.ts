import { describe, expect, it } from "vitest";
import { PARAM_KEYS } from "../procedures/search-params";
import { CATALOGUE_PARAMS, staticPageRewrites } from "./static-pages";

describe("rewrites to the prerendered public pages", () => {
  it("know every catalogue parameter, so a search is never answered by the unfiltered copy", () => {
    expect([...CATALOGUE_PARAMS].sort()).toEqual([...PARAM_KEYS].sort());
  });

  it("send English visitors to the English copy before the Vietnamese default", () => {
    const forCatalogue = staticPageRewrites().filter((r) => r.source === "/thu-tuc");
    expect(forCatalogue.map((r) => r.destination)).toEqual(["/tinh/en/thu-tuc", "/tinh/vi/thu-tuc"]);
    expect(forCatalogue[0].has).toEqual([{ type: "cookie", key: "ngon-ngu", value: "en" }]);
    expect(staticPageRewrites().find((r) => r.source === "/")?.destination).toBe("/tinh/en");
  });

  it("leave signed-in visitors and searches to the pages rendered per request", () => {
    for (const r of staticPageRewrites()) {
      expect(r.missing).toContainEqual({ type: "cookie", key: "next-auth.session-token" });
      expect(r.missing).toContainEqual({ type: "cookie", key: "__Secure-next-auth.session-token.0" });
      expect(r.missing).toContainEqual({ type: "query", key: "q" });
    }
  });
});
