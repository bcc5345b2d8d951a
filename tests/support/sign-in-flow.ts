// A real sign-in, end to end, without a browser or a Next.js server: next-auth's own handler
// (pages-style API entry, which needs no request scope) with the portal's options, against the
// development identity provider started on a free port, driven like a browser (manual redirects,
// a small cookie jar) through its real page.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import NextAuth from "next-auth";
import { authOptionsFor } from "../../lib/auth/options";
import type { CookieJar } from "../../lib/auth/session-user";
import { startDevIdp, type DevIdp } from "../../lib/dev-idp/server";
import { TEST_SECRETS } from "./test-env";

/** The portal's address as next-auth and the identity provider know it (never contacted). */
export const APP_URL = "http://localhost:3000";
export const SESSION_COOKIE = "next-auth.session-token";

/** Cookies by name, as a browser keeps them for one site. */
class Cookies {
  readonly map = new Map<string, string>();

  take(setCookies: string[]) {
    for (const line of setCookies) {
      const [pair, ...attrs] = line.split(";");
      const name = pair.slice(0, pair.indexOf("=")).trim();
      const value = decodeURIComponent(pair.slice(pair.indexOf("=") + 1).trim());
      const gone =
        !value ||
        attrs.some((a) => /^\s*max-age=0\s*$/i.test(a)) ||
        attrs.some((a) => /^\s*expires=/i.test(a) && new Date(a.split("=")[1]).getTime() < Date.now());
      if (gone) this.map.delete(name);
      else this.map.set(name, value);
    }
  }

  header() {
    return [...this.map].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

type AppResponse = { status: number; location: string | null; body: unknown };

/** Calls next-auth's handler as Next.js would route /api/auth/<action>/<provider>. */
async function callApp(
  cookies: Cookies,
  method: "GET" | "POST",
  route: string[],
  { query = {}, body }: { query?: Record<string, string>; body?: Record<string, string> } = {},
  issuer: string,
): Promise<AppResponse> {
  const headers: Record<string, unknown> = {};
  const out: AppResponse = { status: 200, location: null, body: undefined };
  const res = {
    status(code: number) {
      out.status = code;
      return res;
    },
    getHeader: (name: string) => headers[name.toLowerCase()],
    setHeader(name: string, value: unknown) {
      headers[name.toLowerCase()] = value;
      if (name.toLowerCase() === "location") out.location = String(value);
      return res;
    },
    end: () => undefined,
    send: (b: unknown) => void (out.body = b),
    json: (b: unknown) => void (out.body = b),
  };
  const req = {
    method,
    query: { nextauth: route, ...query },
    body,
    cookies: Object.fromEntries(cookies.map),
    headers: { host: "localhost:3000", "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36" },
  };
  await NextAuth(
    req as never,
    res as never,
    authOptionsFor({ ip: "203.0.113.9", userAgent: req.headers["user-agent"] }, issuer),
  );
  const setCookie = headers["set-cookie"];
  cookies.take(Array.isArray(setCookie) ? setCookie : setCookie ? [String(setCookie)] : []);
  return out;
}

/** Whom to pick on the provider's page, a new identity to create there, or "cancel" (its "Hủy đăng nhập"). */
export type Person = { fullName: string } | { create: Record<string, string> } | "cancel";

export type SignInResult = {
  /** Where next-auth sent the browser at the end: the page asked for, or the sign-in page with an error. */
  redirect: string;
  /** The session cookie, when a session was opened. */
  sessionCookie: string | null;
};

/** The development identity provider and the portal's sign-in, for one test file. */
export class SignInFlow {
  /** Identities this flow created on the provider's page: later sign-ins pick them from the list. */
  private readonly created = new Set<string>();

  private constructor(
    private readonly idp: DevIdp,
    private readonly dir: string,
  ) {}

  static async start(): Promise<SignInFlow> {
    // next-auth takes the portal's origin from NEXTAUTH_URL; the provider's client is registered for it.
    process.env.NEXTAUTH_URL = APP_URL;
    const dir = await mkdtemp(path.join(tmpdir(), "sessions-idp-"));
    const idp = await startDevIdp({
      port: 0,
      appUrl: APP_URL,
      clientId: TEST_SECRETS.AUTH_CLIENT_ID,
      clientSecret: TEST_SECRETS.AUTH_CLIENT_SECRET,
      storeFile: path.join(dir, "identities.json"),
    });
    return new SignInFlow(idp, dir);
  }

  async close() {
    await this.idp.close();
    await rm(this.dir, { recursive: true, force: true });
  }

  /**
   * Signs `person` in at `loa` (chosen on the provider's page), coming from `callbackUrl`;
   * `query` goes on the sign-in POST as the sign-in button sends it (prompt=login for a step-up).
   */
  async signIn(
    person: Person,
    {
      loa = "LoA2",
      callbackUrl = "/ho-so",
      query = {},
    }: { loa?: string; callbackUrl?: string; query?: Record<string, string> } = {},
  ): Promise<SignInResult> {
    const app = new Cookies();
    const issuer = this.idp.issuer;
    const csrf = await callApp(app, "GET", ["csrf"], {}, issuer);
    const { csrfToken } = csrf.body as { csrfToken: string };
    const start = await callApp(app, "POST", ["signin", "vneid"], { query, body: { csrfToken, callbackUrl } }, issuer);
    if (!start.location?.startsWith(issuer)) throw new Error(`sign-in did not go to the provider: ${start.location}`);

    const browser = new Cookies();
    const fetchIdp = async (url: string, form?: Record<string, string>) => {
      const res = await fetch(url, {
        method: form ? "POST" : "GET",
        headers: {
          cookie: browser.header(),
          ...(form && { "content-type": "application/x-www-form-urlencoded" }),
        },
        body: form && new URLSearchParams(form).toString(),
        redirect: "manual",
      });
      browser.take(res.headers.getSetCookie());
      return res;
    };
    /** Follows the provider's redirects; stops at the one back to the portal. */
    const follow = async (res: Response): Promise<{ page?: string; pageUrl?: string; back?: URL }> => {
      for (let url = res.url; ;) {
        if (res.status < 300 || res.status >= 400) return { page: await res.text(), pageUrl: url };
        const next = new URL(res.headers.get("location")!, issuer);
        if (next.href.startsWith(APP_URL)) return { back: next };
        url = next.href;
        res = await fetchIdp(url);
      }
    };

    const { page, pageUrl } = await follow(await fetchIdp(start.location));
    if (!page || !pageUrl) throw new Error("the provider showed no sign-in page");
    let answer: Response;
    if (person === "cancel") {
      answer = await fetchIdp(`${pageUrl}/abort`, {});
    } else if ("create" in person && !this.created.has(person.create.personalId)) {
      answer = await fetchIdp(`${pageUrl}/create`, { ...person.create, loa });
      this.created.add(person.create.personalId);
    } else {
      const fullName = "create" in person ? person.create.fullName : person.fullName;
      const action = /<form method="post" action="([^"]+\/login)">/.exec(page)![1];
      const button = [
        ...page.matchAll(/<button type="submit" name="personalId" value="(\d{12})"[^>]*>([^<]*)<\/button>/g),
      ].find((m) => m[2] === `Đăng nhập: ${fullName}`);
      if (!button) throw new Error(`no sign-in button for ${fullName}`);
      answer = await fetchIdp(new URL(action, issuer).href, { personalId: button[1], loa });
    }
    const { back, page: refusal } = await follow(answer);
    if (!back) throw new Error(`the provider did not send the browser back to the portal:\n${refusal}`);

    const route = back.pathname.replace(/^\/api\/auth\//, "").split("/");
    const done = await callApp(app, "GET", route, { query: Object.fromEntries(back.searchParams) }, issuer);
    return { redirect: done.location ?? "", sessionCookie: app.map.get(SESSION_COOKIE) ?? null };
  }
}

/** A cookie jar holding one session cookie, as next/headers' cookies() gives it. */
export const jarWith = (sessionCookie: string | null): CookieJar => ({
  getAll: () => (sessionCookie ? [{ name: SESSION_COOKIE, value: sessionCookie }] : []),
});
