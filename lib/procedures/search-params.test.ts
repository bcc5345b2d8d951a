import { describe, expect, it } from "vitest";
import { catalogueHref, MAX_QUERY_LENGTH, parseCatalogueParams } from "./search-params";

describe("parseCatalogueParams", () => {
  it("reads every parameter", () => {
    expect(
      parseCatalogueParams({
        q: "  khai sinh ",
        "linh-vuc": "HO_TICH",
        "co-quan": "000.21.01.H80",
        cap: "xa",
        "muc-do": "toan-trinh",
        trang: "2",
      }),
    ).toEqual({
      query: {
        q: "khai sinh",
        field: "HO_TICH",
        agency: "000.21.01.H80",
        level: "COMMUNE",
        service: "FULL_ONLINE",
        page: 2,
      },
      notes: [],
    });
    expect(parseCatalogueParams({ cap: "tinh", "muc-do": "mot-phan" }).query).toMatchObject({
      level: "PROVINCE",
      service: "PARTIAL_ONLINE",
    });
  });

  it("treats missing and empty parameters (as an unchanged <select> sends them) as no filter", () => {
    const empty = {
      query: { q: "", field: undefined, agency: undefined, level: undefined, service: undefined, page: 1 },
      notes: [],
    };
    expect(parseCatalogueParams({})).toEqual(empty);
    expect(parseCatalogueParams({ q: "", "linh-vuc": "", "co-quan": "", cap: "", "muc-do": "", trang: "" })).toEqual(
      empty,
    );
  });

  it.each([
    [{ trang: "abc" }, "page-invalid"],
    [{ trang: "0" }, "page-invalid"],
    [{ trang: "-3" }, "page-invalid"],
    [{ trang: "1.5" }, "page-invalid"],
    [{ trang: "99999999999999999999" }, "page-invalid"],
    [{ cap: "huyen" }, "level-ignored"],
    [{ "muc-do": "muc-do-4" }, "service-ignored"],
    [{ "linh-vuc": "HO TICH; DROP TABLE" }, "field-ignored"],
    [{ "co-quan": "x".repeat(31) }, "agency-ignored"],
  ])("drops the bad value %o with the note %s", (raw, note) => {
    const { query, notes } = parseCatalogueParams(raw);
    expect(notes).toEqual([note]);
    expect(query).toEqual({
      q: "",
      field: undefined,
      agency: undefined,
      level: undefined,
      service: undefined,
      page: 1,
    });
  });

  it("keeps the good parameters when others are bad", () => {
    const { query, notes } = parseCatalogueParams({ q: "kết hôn", cap: "huyen", trang: "abc", "muc-do": "mot-phan" });
    expect(query).toMatchObject({ q: "kết hôn", level: undefined, service: "PARTIAL_ONLINE", page: 1 });
    expect(notes.sort()).toEqual(["level-ignored", "page-invalid"]);
  });

  it("accepts a leading zero in the page number", () => {
    expect(parseCatalogueParams({ trang: "02" }).query.page).toBe(2);
  });

  it("cuts a too long query to its first characters", () => {
    const { query, notes } = parseCatalogueParams({ q: "khai sinh ".repeat(40) });
    expect(query.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(query.q.startsWith("khai sinh khai sinh")).toBe(true);
    expect(notes).toEqual(["q-truncated"]);
    expect(parseCatalogueParams({ q: "a".repeat(MAX_QUERY_LENGTH) }).notes).toEqual([]);
  });

  it("never leaves half of a surrogate pair at the cut", () => {
    const { query } = parseCatalogueParams({ q: `${"a".repeat(MAX_QUERY_LENGTH - 1)}😀😀` });
    expect(query.q).toBe("a".repeat(MAX_QUERY_LENGTH - 1));
  });

  it("replaces control characters, which PostgreSQL would reject (NUL)", () => {
    expect(parseCatalogueParams({ q: "khai\u0000sinh\n" }).query.q).toBe("khai sinh");
    expect(parseCatalogueParams({ q: "\u0000" }).query.q).toBe("");
  });

  it("takes the first of repeated parameters", () => {
    expect(parseCatalogueParams({ cap: ["xa", "tinh"], q: ["a", "b"] }).query).toMatchObject({
      level: "COMMUNE",
      q: "a",
    });
  });
});

describe("catalogueHref", () => {
  it("round-trips through the parser and leaves empty values and page 1 out", () => {
    const { query } = parseCatalogueParams({
      q: "đăng ký",
      "linh-vuc": "HO_TICH",
      cap: "xa",
      "muc-do": "toan-trinh",
      trang: "3",
    });
    const href = catalogueHref(query);
    expect(href).toBe("/thu-tuc?q=%C4%91%C4%83ng+k%C3%BD&linh-vuc=HO_TICH&cap=xa&muc-do=toan-trinh&trang=3");
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseCatalogueParams(params).query).toEqual(query);
    expect(catalogueHref(query, 1)).toBe("/thu-tuc?q=%C4%91%C4%83ng+k%C3%BD&linh-vuc=HO_TICH&cap=xa&muc-do=toan-trinh");
    expect(catalogueHref(parseCatalogueParams({}).query)).toBe("/thu-tuc");
  });
});
