import { describe, expect, it } from "vitest";
import { config } from "../../proxy";
import { CATALOGUE_PARAMS, SESSION_COOKIES, STATIC_PAGES } from "../i18n/static-pages";
import { API_POLICY, originOf, pagePolicy, strictTransportSecurity } from "./security-headers";

const directives = (policy: string) =>
  Object.fromEntries(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));

describe("the pages' Content-Security-Policy", () => {
  it("with a nonce, runs only the scripts carrying it and those they load", () => {
    const p = directives(pagePolicy({ nonce: "abc123", formTargets: ["http://localhost:4000/oidc", undefined] }));
    expect(p).toEqual({
      "default-src": "'self'",
      "script-src": "'self' 'nonce-abc123' 'strict-dynamic'",
      "style-src": "'self' 'unsafe-inline'",
      "img-src": "'self' data: blob:",
      "font-src": "'self'",
      "connect-src": "'self'",
      "object-src": "'none'",
      "base-uri": "'self'",
      "form-action": "'self' http://localhost:4000",
      "frame-ancestors": "'none'",
    });
  });

  it("without one (a prerendered page) allows inline scripts but nothing from elsewhere", () => {
    const p = directives(pagePolicy({}));
    expect(p["script-src"]).toBe("'self' 'unsafe-inline'");
    // Fixed at build time, without the provider's address: the sign-in from such a page must reach it.
    expect(p["form-action"]).toBeUndefined();
    expect(p["frame-ancestors"]).toBe("'none'");
  });

  it("allows eval only under next dev", () => {
    expect(directives(pagePolicy({ nonce: "n", dev: true }))["script-src"]).toContain("'unsafe-eval'");
    expect(pagePolicy({ nonce: "n" })).not.toContain("unsafe-eval");
  });

  it("names form targets by origin, once, and ignores what is not an absolute URL", () => {
    expect(originOf("https://sso.vneid.gov.vn/realms/x?a=1")).toBe("https://sso.vneid.gov.vn");
    expect(originOf("/relative")).toBeNull();
    expect(originOf(undefined)).toBeNull();
    const p = directives(pagePolicy({ nonce: "n", formTargets: ["https://a.vn/x", "https://a.vn/y", "nonsense"] }));
    expect(p["form-action"]).toBe("'self' https://a.vn");
  });

  it("gives the API nothing to load and no framing", () => {
    expect(directives(API_POLICY)).toMatchObject({ "default-src": "'none'", "frame-ancestors": "'none'" });
  });
});

describe("Strict-Transport-Security", () => {
  it("only when the public address is https", () => {
    expect(strictTransportSecurity("https://dichvucong.tayninh.gov.vn")).toBe("max-age=31536000; includeSubDomains");
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
    expect(strictTransportSecurity(undefined)).toBeNull();
  });
});

describe("proxy.ts's matcher", () => {
  const [everything, ...conditional] = config.matcher as [string, ...{ source: string; has: unknown[] }[]];
  // The matcher's first entry as Next.js compiles it (path-to-regexp's unnamed group).
  const matchesEverything = (path: string) => new RegExp(`^${everything.replace(/^\//, "\\/")}$`).test(path);

  it("runs for a session cookie or a catalogue parameter on each prerendered page, and nothing else of them", () => {
    const expected = STATIC_PAGES.flatMap((source) => [
      ...SESSION_COOKIES.map((key) => ({ source, has: [{ type: "cookie", key }] })),
      ...CATALOGUE_PARAMS.map((key) => ({ source, has: [{ type: "query", key }] })),
    ]);
    expect(conditional).toEqual(expected);
    for (const path of ["/", "/thu-tuc", "/thu-tuc/1.001193"]) expect(matchesEverything(path), path).toBe(false);
  });

  it("runs for every other page, and not for Next.js's files, the API, public files or a caught mail", () => {
    for (const path of ["/can-bo", "/can-bo/ho-so/x", "/ho-so", "/thu-tuc/abc", "/tra-cuu", "/khong-co", "/dev/thu"])
      expect(matchesEverything(path), path).toBe(true);
    for (const path of ["/_next/static/chunks/a.js", "/api/health", "/favicon.ico", "/icon.svg", "/robots.txt"])
      expect(matchesEverything(path), path).toBe(false);
    expect(matchesEverything("/.well-known/security.txt")).toBe(false);
    expect(matchesEverything("/dev/thu/abc")).toBe(false);
  });
});
