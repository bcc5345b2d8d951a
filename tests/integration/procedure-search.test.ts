import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { getProcedureByCode } from "../../lib/procedures/queries";
import { loadCatalogueFilterOptions, searchProcedures } from "../../lib/procedures/search";
import { PAGE_SIZE, parseCatalogueParams, type RawSearchParams } from "../../lib/procedures/search-params";
import { procedures as seeded } from "../../prisma/seed/data/procedures";
import { toSearchText } from "../../lib/text/normalize";

// The catalogue as a visitor reaches it: raw URL parameters in, one page of results out.
const search = async (raw: RawSearchParams) => {
  const parsed = parseCatalogueParams(raw);
  const result = await searchProcedures(parsed.query);
  return { ...result, notes: [...parsed.notes, ...result.notes], codes: result.items.map((i) => i.code) };
};
/** Every matching procedure across all pages. */
const allCodes = async (raw: RawSearchParams) => {
  const first = await search(raw);
  const rest = await Promise.all(
    Array.from({ length: first.pageCount - 1 }, (_, i) => search({ ...raw, trang: String(i + 2) })),
  );
  return [first, ...rest].flatMap((r) => r.codes).sort();
};
const seededCodes = (keep: (p: (typeof seeded)[number]) => boolean) =>
  seeded
    .filter(keep)
    .map((p) => p.code)
    .sort();

const BIRTH = "1.001193";
const CONSTRUCTION_DEPT = "000.00.13.H80";

describe("catalogue search", () => {
  it.each([
    "dang ky khai sinh",
    "Đăng ký khai sinh",
    "ĐĂNG KÝ KHAI SINH",
    "  dang   KY khai sinh ",
    "khai sin",
    "sinh dang ky",
  ])("finds Đăng ký khai sinh by %j, ignoring diacritics, case, spacing and word order", async (q) => {
    const { items } = await search({ q });
    expect(items.find((i) => i.code === BIRTH)).toMatchObject({ name: "Đăng ký khai sinh", fieldName: "Hộ tịch" });
  });

  it("matches only procedures whose name has every word", async () => {
    const { codes, total } = await search({ q: "dang ky khai sinh" });
    expect(codes).toEqual(
      seededCodes((p) => ["dang", "ky", "khai", "sinh"].every((w) => toSearchText(p.name).includes(w))),
    );
    expect(total).toBe(codes.length);
  });

  it("finds a procedure by its national code, whole or its beginning", async () => {
    expect((await search({ q: BIRTH })).codes).toEqual([BIRTH]);
    const prefix = await search({ q: "1.0011" });
    expect(prefix.codes).toContain(BIRTH);
    expect(prefix.codes.every((c) => c.startsWith("1.0011"))).toBe(true);
  });

  it("lists the whole published catalogue without a query", async () => {
    expect(await allCodes({})).toEqual(seededCodes(() => true));
  });

  it("filters by field", async () => {
    const r = await search({ "linh-vuc": "HO_TICH" });
    expect(r.notes).toEqual([]);
    expect(r.codes.sort()).toEqual(seededCodes((p) => p.fieldCode === "HO_TICH"));
    expect(r.items.every((i) => i.fieldName === "Hộ tịch")).toBe(true);
  });

  it("filters by competent agency", async () => {
    const r = await search({ "co-quan": CONSTRUCTION_DEPT });
    expect(r.codes.sort()).toEqual(seededCodes((p) => p.agencyCodes.includes(CONSTRUCTION_DEPT)));
    expect(r.total).toBeGreaterThan(0);
  });

  it.each([
    ["xa", "COMMUNE"],
    ["tinh", "PROVINCE"],
  ] as const)("filters by authority level cap=%s", async (cap, level) => {
    const codes = await allCodes({ cap });
    expect(codes).toEqual(seededCodes((p) => p.authorityLevel === level));
    expect(codes.length).toBeGreaterThan(0);
  });

  it.each([
    ["toan-trinh", "FULL_ONLINE"],
    ["mot-phan", "PARTIAL_ONLINE"],
  ] as const)("filters by service level muc-do=%s", async (mucDo, service) => {
    const codes = await allCodes({ "muc-do": mucDo });
    expect(codes).toEqual(seededCodes((p) => p.serviceLevel === service));
    expect(codes.length).toBeGreaterThan(0);
  });

  it("combines the query and every filter", async () => {
    const r = await search({
      q: "dang ky",
      "linh-vuc": "HO_TICH",
      "co-quan": "000.21.01.H80",
      cap: "xa",
      "muc-do": "toan-trinh",
    });
    const expected = seededCodes(
      (p) =>
        toSearchText(p.name).includes("dang ky") &&
        p.fieldCode === "HO_TICH" &&
        p.agencyCodes.includes("000.21.01.H80") &&
        p.authorityLevel === "COMMUNE" &&
        p.serviceLevel === "FULL_ONLINE",
    );
    expect(r.codes.sort()).toEqual(expected);
    expect(expected).toContain(BIRTH);
    expect(expected).not.toContain("1.000894"); // Đăng ký kết hôn is only partly online
    // Filters that exclude each other leave nothing, and say so calmly.
    await expect(search({ "linh-vuc": "HO_TICH", cap: "tinh" })).resolves.toMatchObject({
      total: 0,
      items: [],
      page: 1,
      pageCount: 1,
    });
  });

  it("paginates 20 per page without overlap, and clamps a page beyond the end", async () => {
    const total = seeded.length;
    const pageCount = Math.ceil(total / PAGE_SIZE);
    expect(pageCount).toBeGreaterThan(1); // the seed must be large enough for this test to mean something
    const first = await search({});
    expect(first).toMatchObject({ total, page: 1, pageCount, notes: [] });
    expect(first.items).toHaveLength(PAGE_SIZE);
    const last = await search({ trang: String(pageCount) });
    expect(last).toMatchObject({ page: pageCount, notes: [] });
    expect(last.items).toHaveLength(total - PAGE_SIZE * (pageCount - 1));
    expect(first.codes.filter((c) => last.codes.includes(c))).toEqual([]);

    const beyond = await search({ trang: String(pageCount + 1) });
    expect(beyond).toMatchObject({ page: pageCount, pageCount, notes: ["page-clamped"] });
    expect(beyond.codes).toEqual(last.codes);
    await expect(search({ trang: "999999999" })).resolves.toMatchObject({ page: pageCount, notes: ["page-clamped"] });
    // A page number on a query with one page of results also falls back to that page.
    await expect(search({ q: BIRTH, trang: "2" })).resolves.toMatchObject({
      page: 1,
      pageCount: 1,
      codes: [BIRTH],
      notes: ["page-clamped"],
    });
  });
});

describe("catalogue search with bad parameters", () => {
  it.each<[RawSearchParams, string[]]>([
    [{ trang: "abc" }, ["page-invalid"]],
    [{ trang: "-1" }, ["page-invalid"]],
    [{ "linh-vuc": "KHONG_CO" }, ["field-ignored"]],
    [{ "linh-vuc": '\'; DROP TABLE "Procedure"; --' }, ["field-ignored"]],
    [{ "co-quan": "000.99.99.H80" }, ["agency-ignored"]],
    [{ cap: "huyen" }, ["level-ignored"]],
    [{ "muc-do": "4" }, ["service-ignored"]],
  ])("ignores %o, notes it and shows the first page of everything", async (raw, notes) => {
    const r = await search(raw);
    expect(r.notes).toEqual(notes);
    expect(r).toMatchObject({ total: seeded.length, page: 1 });
    expect(r.query).toMatchObject({
      field: undefined,
      agency: undefined,
      level: undefined,
      service: undefined,
      page: 1,
    });
  });

  it("keeps the valid filters next to an unknown one", async () => {
    const r = await search({ "linh-vuc": "KHONG_CO", cap: "xa" });
    expect(r.notes).toEqual(["field-ignored"]);
    expect(r.codes.length).toBeGreaterThan(0);
    expect(r.items.every((i) => i.authorityLevel === "COMMUNE")).toBe(true);
  });

  it("uses the first 200 characters of a too long query", async () => {
    const r = await search({ q: `khai sinh ${"x".repeat(300)}` });
    expect(r.notes).toEqual(["q-truncated"]);
    expect(r.query.q.length).toBeLessThanOrEqual(200);
    expect(r.total).toBe(0);
    const long = await search({ q: "dang ky khai sinh ".repeat(20) });
    expect(long.codes).toContain(BIRTH);
  });

  it.each(["%", "_", "\\", "%%%", "1._01193", "khai%sinh"])("treats LIKE wildcards in %j literally", async (q) => {
    await expect(search({ q })).resolves.toMatchObject({ total: 0, items: [], page: 1, pageCount: 1 });
  });

  it.each(["\u0000", "khai\u0000sinh", "😀", "' OR 1=1 --", "<script>"])("does not fail on %j", async (q) => {
    const r = await search({ q });
    expect(r.page).toBe(1);
    expect(r.total).toBe(r.query.q === "" ? seeded.length : r.codes.length);
  });

  it("shows an empty, single page when nothing matches", async () => {
    await expect(search({ q: "khong co thu tuc nay" })).resolves.toMatchObject({
      total: 0,
      items: [],
      page: 1,
      pageCount: 1,
      notes: [],
    });
  });

  it("hides unpublished procedures", async () => {
    await db.procedure.update({ where: { code: BIRTH }, data: { published: false } });
    try {
      expect((await search({ q: BIRTH })).total).toBe(0);
      expect((await search({})).total).toBe(seeded.length - 1);
      expect(await getProcedureByCode(BIRTH)).toBeNull();
    } finally {
      await db.procedure.update({ where: { code: BIRTH }, data: { published: true } });
    }
  });
});

describe("catalogue filter options", () => {
  it("offers every field and only the agencies that have published procedures", async () => {
    const { fields, agencies } = await loadCatalogueFilterOptions();
    expect(fields.map((f) => f.code).sort()).toEqual([...new Set(seeded.map((p) => p.fieldCode))].sort());
    expect(fields.map((f) => f.name)).toContain("Hộ tịch");
    expect(agencies.map((a) => a.code).sort()).toEqual([...new Set(seeded.flatMap((p) => p.agencyCodes))].sort());
    expect(agencies.map((a) => a.code)).not.toContain("000.00.00.H80"); // UBND tỉnh resolves none of the seeded procedures
    // Province agencies first, then communes, each in Vietnamese alphabetical order ("Đ" after "D").
    const levels = agencies.map((a) => a.level);
    expect(levels).toEqual([...levels].sort((a, b) => (a === b ? 0 : a === "PROVINCE" ? -1 : 1)));
    const names = fields.map((f) => f.name);
    expect(names.indexOf("Đất đai")).toBeLessThan(names.indexOf("Giáo dục và đào tạo"));
    const communes = agencies.filter((a) => a.level === "COMMUNE").map((a) => a.name);
    expect(communes.indexOf("Ủy ban nhân dân phường Tân An")).toBeLessThan(
      communes.indexOf("Ủy ban nhân dân phường Thanh Điền"),
    );
  });
});

describe("procedure page data", () => {
  it("returns every catalogue field of a procedure", async () => {
    const p = await getProcedureByCode(BIRTH);
    expect(p).toMatchObject({
      code: BIRTH,
      name: "Đăng ký khai sinh",
      authorityLevel: "COMMUNE",
      serviceLevel: "FULL_ONLINE",
      field: { code: "HO_TICH" },
    });
    expect(p!.steps).toMatch(/^Bước 1:/);
    expect(p!.components.length).toBeGreaterThan(0);
    expect(p!.timings.map((t) => t.channel)).toEqual(["COUNTER", "ONLINE", "POSTAL"]);
    expect(p!.agencies.length).toBeGreaterThan(1);
  });

  it.each(["9.999999", "khong-co", "1.001193\u0000", "%", "x".repeat(5000)])(
    "finds nothing (a 404) for %j",
    async (code) => {
      await expect(getProcedureByCode(code)).resolves.toBeNull();
    },
  );
});
