// Integration test of the development identity provider: a real server on a free port,
// driven like a browser (manual redirects + a tiny cookie jar) and like the app (token
// exchange, ID token verification against the JWKS, userinfo).
// @vitest-environment node

import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from "jose";
import { Issuer } from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDevIdp, type DevIdp } from "./server";

const APP_URL = "http://localhost:39999"; // never contacted: we stop at the redirect to it
const REDIRECT_URI = `${APP_URL}/api/auth/callback/vneid`;
const CLIENT_ID = "dvc-portal";
const CLIENT_SECRET = "test-secret";

type Discovery = {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  userinfo_endpoint: string;
  jwks_uri: string;
};

let dir: string;
let storeFile: string;
let idp: DevIdp;
let discovery: Discovery;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "dev-idp-"));
  storeFile = path.join(dir, "store", "identities.json"); // folder does not exist yet on purpose
  idp = await startDevIdp({ port: 0, appUrl: APP_URL, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, storeFile });
  discovery = (await (await fetch(`${idp.issuer}/.well-known/openid-configuration`)).json()) as Discovery;
});

afterAll(async () => {
  await idp?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Just enough of a browser: keeps cookies by name and never follows redirects by itself. */
class Browser {
  private cookies = new Map<string, string>();

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    const res = await fetch(url, { ...init, headers, redirect: "manual" });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(";");
      const [name, value] = [pair.slice(0, pair.indexOf("=")).trim(), pair.slice(pair.indexOf("=") + 1).trim()];
      const expired = attrs.some((a) => /^\s*expires=/i.test(a) && new Date(a.split("=")[1]).getTime() < Date.now());
      if (!value || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  /**
   * Follows redirects on the IdP and auto-submitting forms (oidc-provider ends the previous
   * person's session that way when the browser switches person); stops at (and returns)
   * the first redirect leaving for the app.
   */
  async follow(res: Response): Promise<{ res: Response; appRedirect?: URL }> {
    for (let i = 0; i < 10; i++) {
      if (res.status >= 300 && res.status < 400) {
        const location = new URL(res.headers.get("location")!, idp.issuer);
        if (location.href.startsWith(APP_URL)) return { res, appRedirect: location };
        res = await this.request(location.href);
        continue;
      }
      const html = await res.clone().text();
      if (!html.includes("document.forms[0].submit()")) break;
      const action = /<form method="post" action="([^"]+)"/.exec(html)![1];
      const inputs = [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)];
      res = await this.postForm(action, Object.fromEntries(inputs.map((m) => [m[1], m[2]])));
    }
    return { res };
  }

  postForm(url: string, fields: Record<string, string>): Promise<Response> {
    return this.request(new URL(url, idp.issuer).href, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields).toString(),
    });
  }
}

const b64url = (buf: Buffer) => buf.toString("base64url");

/** Starts an authorization as the app's next-auth would; returns the sign-in page. */
async function authorize(browser: Browser, extra: Record<string, string> = {}) {
  const verifier = b64url(randomBytes(32));
  const state = b64url(randomBytes(16));
  const nonce = b64url(randomBytes(16));
  const url = new URL(discovery.authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: CLIENT_ID,
    redirect_uri: REDIRECT_URI,
    response_type: "code",
    scope: "openid profile email phone",
    state,
    nonce,
    code_challenge: b64url(createHash("sha256").update(verifier).digest()),
    code_challenge_method: "S256",
    ...extra,
  }).toString();
  const { res } = await browser.follow(await browser.request(url.href));
  expect(res.status).toBe(200);
  return { html: await res.text(), pageUrl: res.url, verifier, state, nonce };
}

/** The sign-in form's action and the personalId of the button named exactly "Đăng nhập: <name>". */
function personForm(html: string, fullName: string) {
  const action = /<form method="post" action="([^"]+\/login)">/.exec(html)?.[1];
  const buttons = [
    ...html.matchAll(/<button type="submit" name="personalId" value="(\d{12})"[^>]*>([^<]*)<\/button>/g),
  ];
  const button = buttons.find((m) => m[2] === `Đăng nhập: ${fullName}`);
  if (!action || !button) throw new Error(`no sign-in button for ${fullName}`);
  // Level 2 is the level chosen unless the tester picks another.
  expect(html).toMatch(/<input type="radio" name="loa" value="LoA2" checked>/);
  return { action, personalId: button[1] };
}

/** Completes the flow after the interaction: code from the redirect, then the token endpoint. */
async function finish(res: Response, browser: Browser, flow: { verifier: string; state: string; nonce: string }) {
  const { appRedirect } = await browser.follow(res);
  expect(appRedirect?.origin + appRedirect!.pathname).toBe(REDIRECT_URI);
  expect(appRedirect!.searchParams.get("state")).toBe(flow.state);
  expect(appRedirect!.searchParams.get("iss")).toBe(idp.issuer);
  const code = appRedirect!.searchParams.get("code")!;

  const tokenRes = await fetch(discovery.token_endpoint, {
    method: "POST",
    headers: {
      authorization: `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64")}`,
      "content-type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code,
      redirect_uri: REDIRECT_URI,
      code_verifier: flow.verifier,
    }),
  });
  expect(tokenRes.status).toBe(200);
  const tokens = (await tokenRes.json()) as { id_token: string; access_token: string };

  const { payload: idToken } = await jwtVerify(tokens.id_token, createRemoteJWKSet(new URL(discovery.jwks_uri)), {
    issuer: idp.issuer,
    audience: CLIENT_ID,
  });
  expect(idToken.nonce).toBe(flow.nonce);

  const userinfoRes = await fetch(discovery.userinfo_endpoint, {
    headers: { authorization: `Bearer ${tokens.access_token}` },
  });
  expect(userinfoRes.status).toBe(200);
  const userinfo = (await userinfoRes.json()) as JWTPayload;
  return { idToken, userinfo, rawIdToken: tokens.id_token };
}

async function readStore(): Promise<string | undefined> {
  return readFile(storeFile, "utf8").catch(() => undefined);
}

describe("development identity provider", () => {
  it("signs a demo citizen in with code + PKCE, claims in ID token and userinfo", async () => {
    const browser = new Browser();
    const flow = await authorize(browser, { acr_values: "LoA2" });
    expect(flow.html).toContain("Đăng nhập bằng định danh điện tử (môi trường phát triển)");

    const { action, personalId } = personForm(flow.html, "Nguyễn Văn An");
    expect(personalId).toBe("072090000001");
    const { idToken, userinfo } = await finish(await browser.postForm(action, { personalId }), browser, flow);

    const expected = {
      sub: "vneid-072090000001",
      SoDinhDanh: "072090000001",
      HoVaTen: "Nguyễn Văn An",
      NgayThangNamSinh: "15/03/1990",
      GioiTinh: "Nam",
      ThuDienTu: "an.nguyen@example.vn",
      SoDienThoai: "0912000001",
      name: "Nguyễn Văn An",
      email: "an.nguyen@example.vn",
      phone_number: "+84912000001",
      loAs: ["LoA2"],
    };
    expect(idToken).toMatchObject({ ...expected, acr: "LoA2" });
    expect(userinfo).toMatchObject(expected);
    expect(idToken).not.toHaveProperty("TenDoanhNghiep");
  });

  it("lists citizens and staff separately, with the staff role", async () => {
    const { html } = await authorize(new Browser());
    const [citizens, staff] = html.split('id="staff-title"');
    expect(citizens).toContain(">Đăng nhập: Trần Thị Bích<");
    expect(citizens).not.toContain("Đăng nhập: Phạm Thị Dung");
    expect(staff).toContain(">Đăng nhập: Phạm Thị Dung<");
    expect(staff).toContain("Cán bộ một cửa");
    for (const label of [
      "Số định danh cá nhân",
      "Họ và tên",
      "Ngày sinh",
      "Giới tính",
      "Số điện thoại",
      "Thư điện tử",
      "Nơi thường trú",
    ]) {
      expect(html).toMatch(new RegExp(`<label for="f-\\w+">${label}</label>`));
    }
    expect(html).toContain(">Tạo và đăng nhập</button>");
  });

  it("rejects an invalid new identity, escapes what it echoes, and stores nothing", async () => {
    const browser = new Browser();
    const { pageUrl } = await authorize(browser);
    const before = await readStore();
    const res = await browser.postForm(`${pageUrl}/create`, {
      personalId: "12345",
      fullName: '<img src=x onerror="alert(1)">',
      dateOfBirth: "1990-01-01",
      gender: "Nam",
      phone: "",
      email: "",
      permanentAddress: "",
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(/role="alert"[^]*Số định danh cá nhân phải gồm đúng 12 chữ số/);
    expect(html).not.toContain("<img src=x");
    expect(html).toContain('value="&#60;img src=x onerror=&#34;alert(1)&#34;&#62;"');
    expect(await readStore()).toBe(before);
  });

  it("creates a new identity, signs it in, persists it and lists it afterwards", async () => {
    // Same browser as an earlier sign-in: the picker must still appear and switch person.
    const browser = new Browser();
    const first = await authorize(browser);
    const demo = personForm(first.html, "Lê Hoàng Cường");
    await finish(await browser.postForm(demo.action, { personalId: demo.personalId }), browser, first);

    const flow = await authorize(browser, { acr_values: "LoA1" });
    const fields = {
      personalId: "072099123456",
      fullName: "Phan Thị Thu Trang",
      dateOfBirth: "1999-12-31",
      gender: "Nữ",
      phone: "0987654321",
      email: "trang.phan@example.vn",
      permanentAddress: "1 Đường 30/4, phường Tân Ninh, tỉnh Tây Ninh",
    };
    // Level 1 chosen on the page, as a tester may to check how the portal treats it.
    const res = await browser.postForm(`${flow.pageUrl}/create`, { ...fields, loa: "LoA1" });
    const { idToken, userinfo } = await finish(res, browser, flow);
    const expected = {
      sub: "vneid-072099123456",
      SoDinhDanh: "072099123456",
      HoVaTen: "Phan Thị Thu Trang",
      NgayThangNamSinh: "31/12/1999",
      GioiTinh: "Nữ",
      ThuongTru: fields.permanentAddress,
    };
    expect(idToken).toMatchObject({ ...expected, acr: "LoA1" });
    expect(userinfo).toMatchObject(expected);

    const stored = JSON.parse((await readStore())!) as { identities: { personalId: string }[] };
    expect(stored.identities.map((i) => i.personalId)).toEqual(["072099123456"]);

    // Shows up among citizens next time; the same ID cannot be created twice.
    const again = await authorize(new Browser());
    expect(again.html.split('id="staff-title"')[0]).toContain(">Đăng nhập: Phan Thị Thu Trang<");
    const before = await readStore();
    // Without the interaction cookie (another browser, or a cross-site POST) nothing happens.
    const foreign = await new Browser().postForm(`${again.pageUrl}/create`, { ...fields, personalId: "072099000777" });
    expect(foreign.status).toBe(400);
    const browser2 = new Browser();
    const third = await authorize(browser2);
    const dup2 = await browser2.postForm(`${third.pageUrl}/create`, fields);
    expect(dup2.status).toBe(400);
    expect(await dup2.text()).toMatch(/role="alert"[^]*Số định danh đã tồn tại/);
    expect(await readStore()).toBe(before);
  });

  it("reports the level the tester chose, whatever the app asked, and when the person authenticated", async () => {
    for (const loa of ["LoA1", "LoA2"]) {
      const browser = new Browser();
      const flow = await authorize(browser, { acr_values: "LoA2" });
      expect(flow.html).toMatch(/<legend>Mức độ tài khoản định danh điện tử<\/legend>/);
      const { action, personalId } = personForm(flow.html, "Phạm Thị Dung");
      const before = Math.floor(Date.now() / 1000);
      const { idToken } = await finish(await browser.postForm(action, { personalId, loa }), browser, flow);
      expect(idToken).toMatchObject({ SoDinhDanh: personalId, acr: loa });
      expect(idToken.auth_time).toBeGreaterThanOrEqual(before - 1);
    }
  });

  it("signs out (RP-initiated logout) back to the app", async () => {
    const browser = new Browser();
    const flow = await authorize(browser);
    const demo = personForm(flow.html, "Trần Thị Bích");
    const { rawIdToken } = await finish(
      await browser.postForm(demo.action, { personalId: demo.personalId }),
      browser,
      flow,
    );

    const end = new URL(`${idp.issuer}/session/end`);
    end.search = new URLSearchParams({ id_token_hint: rawIdToken, post_logout_redirect_uri: APP_URL }).toString();
    const page = await browser.request(end.href);
    const html = await page.text();
    expect(html).toContain(">Đăng xuất</button>");
    const action = /<form id="op.logoutForm" method="post" action="([^"]+)"/.exec(html)![1];
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)![1];
    const { appRedirect } = await browser.follow(await browser.postForm(action, { xsrf, logout: "yes" }));
    expect(appRedirect!.href.replace(/\/$/, "")).toBe(APP_URL);
  });

  it("returns access_denied to the app when the user cancels", async () => {
    const browser = new Browser();
    const flow = await authorize(browser);
    const { appRedirect } = await browser.follow(await browser.postForm(`${flow.pageUrl}/abort`, {}));
    expect(appRedirect!.searchParams.get("error")).toBe("access_denied");
    expect(appRedirect!.searchParams.get("state")).toBe(flow.state);
  });

  it("requires PKCE", async () => {
    const url = new URL(discovery.authorization_endpoint);
    url.search = new URLSearchParams({
      client_id: CLIENT_ID,
      redirect_uri: REDIRECT_URI,
      response_type: "code",
      scope: "openid",
      state: "s",
    }).toString();
    const res = await fetch(url, { redirect: "manual" });
    const location = new URL(res.headers.get("location")!);
    expect(location.searchParams.get("error")).toBe("invalid_request");
  });

  it("works with openid-client 5, the library next-auth 4 uses", async () => {
    const issuer = await Issuer.discover(idp.issuer);
    const client = new issuer.Client({
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      redirect_uris: [REDIRECT_URI],
      response_types: ["code"],
    });
    const verifier = b64url(randomBytes(32));
    const checks = { state: "st-1", nonce: "no-1", code_verifier: verifier };
    const browser = new Browser();
    const start = client.authorizationUrl({
      scope: "openid profile email phone",
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: b64url(createHash("sha256").update(verifier).digest()),
      code_challenge_method: "S256",
    });
    const { res: page } = await browser.follow(await browser.request(start));
    const { action, personalId } = personForm(await page.text(), "Trịnh Thị Ngọc");
    const { appRedirect } = await browser.follow(await browser.postForm(action, { personalId }));

    const tokenSet = await client.callback(REDIRECT_URI, client.callbackParams(appRedirect!.href), checks);
    // No acr_values sent: the level is still reported.
    expect(tokenSet.claims()).toMatchObject({
      SoDinhDanh: "072083300002",
      HoVaTen: "Trịnh Thị Ngọc",
      NgayThangNamSinh: "08/08/1983",
      acr: "LoA2",
    });
    expect(await client.userinfo(tokenSet)).toMatchObject({ SoDinhDanh: "072083300002", HoVaTen: "Trịnh Thị Ngọc" });
  });
});
