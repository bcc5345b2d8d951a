import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { portalMetadata } from "../../components/layout/site-shell";

// What public/ serves as is, at the site's root: the icons (scripts/make-icons.ts), the web app
// manifest, robots.txt and security.txt (RFC 9116).

const PUBLIC = path.resolve("public");
const read = (file: string) => readFileSync(path.join(PUBLIC, file));
const text = (file: string) => read(file).toString("utf8");

/** The top-level folders of a route group: the first segment of each of its addresses. */
const sectionsOf = (group: string) =>
  readdirSync(path.resolve("app", group), { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith("_"))
    .map((d) => `/${d.name}`);

type Rule = { allow: boolean; path: string };

/** robots.txt as a crawler reads it (RFC 9309): the longest matching rule wins, Allow on a tie; `$` anchors the end. */
function robotsAllow(rules: Rule[], url: string): boolean {
  const matches = (rule: Rule) =>
    rule.path.endsWith("$") ? url === rule.path.slice(0, -1) : url.startsWith(rule.path);
  const winner = rules
    .filter(matches)
    .sort((a, b) => b.path.length - a.path.length || Number(b.allow) - Number(a.allow))[0];
  return winner?.allow ?? true;
}

function robotsRules(): Rule[] {
  return text("robots.txt")
    .split("\n")
    .map((line) => line.replace(/#.*/, "").trim())
    .map((line) => /^(allow|disallow):\s*(\S+)$/i.exec(line))
    .filter((m) => m !== null)
    .map((m) => ({ allow: m[1].toLowerCase() === "allow", path: m[2] }));
}

describe("the web app manifest", () => {
  const manifest = JSON.parse(text("manifest.webmanifest")) as {
    name: string;
    short_name: string;
    lang: string;
    start_url: string;
    display: string;
    theme_color: string;
    icons: { src: string; sizes: string; type: string }[];
  };

  it("names the portal in Vietnamese and opens it standalone at home", () => {
    expect(manifest).toMatchObject({
      name: "Cổng Dịch vụ công tỉnh Tây Ninh",
      lang: "vi",
      start_url: "/",
      display: "standalone",
    });
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  });

  it("takes the colour of the site's header", () => {
    const brand700 = /--color-brand-700:\s*(#[0-9a-f]{6})/i.exec(
      readFileSync(path.resolve("components/layout/globals.css"), "utf8"),
    )?.[1];
    expect(manifest.theme_color.toLowerCase()).toBe(brand700?.toLowerCase());
  });

  it("lists icons that exist with the stated sizes, among them 192 and 512 px", async () => {
    for (const icon of manifest.icons) {
      const image = await sharp(read(icon.src)).metadata();
      expect(`image/${image.format === "svg" ? "svg+xml" : image.format}`).toBe(icon.type);
      if (icon.sizes !== "any") expect(`${image.width}x${image.height}`).toBe(icon.sizes);
    }
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  });
});

describe("the icons", () => {
  it("favicon.ico holds 16, 32 and 48 px PNGs where its directory says", async () => {
    const ico = read("favicon.ico");
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes: number[] = [];
    for (let i = 0; i < ico.readUInt16LE(4); i++) {
      const entry = 6 + 16 * i;
      const [width, length, offset] = [ico.readUInt8(entry), ico.readUInt32LE(entry + 8), ico.readUInt32LE(entry + 12)];
      const image = await sharp(ico.subarray(offset, offset + length)).metadata();
      expect([image.format, image.width, image.height]).toEqual(["png", width, width]);
      sizes.push(width);
    }
    expect(sizes).toEqual([16, 32, 48]);
  });

  it("the apple-touch-icon is 180 px, opaque (iOS would fill transparency with black)", async () => {
    const stats = await sharp(read("apple-touch-icon.png")).stats();
    const image = await sharp(read("apple-touch-icon.png")).metadata();
    expect([image.width, image.height]).toEqual([180, 180]);
    expect(stats.isOpaque).toBe(true);
  });

  it("every page's <head> links the manifest and icons that public/ holds", () => {
    const { manifest, icons } = portalMetadata("vi");
    const linked = [manifest, ...icons.icon.map((i) => i.url), icons.apple.url];
    for (const url of linked) expect(existsSync(path.join(PUBLIC, url)), url).toBe(true);
  });
});

describe("robots.txt", () => {
  const rules = robotsRules();

  it("keeps every staff and personal section out of search engines", () => {
    const hidden = [
      ...sectionsOf("(staff)"),
      ...sectionsOf("(citizen)"),
      "/dang-nhap",
      "/api/",
      "/dev/",
      "/gateway-sim/",
      "/tinh/",
    ];
    expect(hidden).toEqual(
      expect.arrayContaining(["/can-bo", "/quan-tri", "/buu-chinh", "/ho-so", "/ho-so-ca-nhan", "/kho-du-lieu"]),
    );
    for (const prefix of hidden) {
      expect(robotsAllow(rules, prefix), prefix).toBe(false);
      expect(robotsAllow(rules, `${prefix.replace(/\/$/, "")}/x`), `${prefix}/x`).toBe(false);
    }
  });

  it("lets them index home, the catalogue, the lookup and the statistics", () => {
    const publicSections = sectionsOf("(public)").filter((s) => s !== "/dang-nhap");
    expect(publicSections.sort()).toEqual(["/thong-ke", "/thu-tuc", "/tra-cuu"]);
    for (const url of ["/", ...publicSections, "/thu-tuc/1.001193", "/tra-cuu?ma=000.00.00.H57-250101-0001"]) {
      expect(robotsAllow(rules, url), url).toBe(true);
    }
  });
});

describe("security.txt (RFC 9116)", () => {
  const fields = text(".well-known/security.txt")
    .split("\n")
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => line.split(/:\s*(.*)/s) as [string, string]);
  const values = (name: string) => fields.filter(([key]) => key === name).map(([, value]) => value);

  it("says whom to write to, in which languages, and where it lives", () => {
    expect(values("Contact").length).toBeGreaterThan(0);
    for (const contact of values("Contact")) expect(contact).toMatch(/^(mailto:|https:\/\/|tel:)/);
    expect(values("Preferred-Languages")).toEqual(["vi, en"]);
    expect(values("Canonical")).toEqual([expect.stringMatching(/^https:\/\/.+\/\.well-known\/security\.txt$/)]);
  });

  it("expires once, in the future but within a year as the RFC recommends", () => {
    const [expires, ...more] = values("Expires");
    expect(more).toEqual([]);
    const left = new Date(expires).getTime() - Date.now();
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(366 * 24 * 3600 * 1000);
  });
});
