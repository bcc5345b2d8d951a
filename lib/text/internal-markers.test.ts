// Nothing internal reaches a citizen: every seeded text that the procedure page, the catalogue,
// forms or the postal price list show is free of editors' markers (issue 25: "(verify)" was
// printed on 16 of 20 procedure pages).
import { describe, expect, it } from "vitest";
import { agencies } from "../../prisma/seed/data/agencies";
import { calendarDays } from "../../prisma/seed/data/calendar";
import { fields } from "../../prisma/seed/data/fields";
import { postalTariff } from "../../prisma/seed/data/postal-tariff";
import { procedures } from "../../prisma/seed/data/procedures";
import { units } from "../../prisma/seed/data/units";
import { internalMarkers, markedStrings, stringsWithin } from "./internal-markers";

describe("internal markers", () => {
  it.each<[string, string[]]>([
    ["Phí: 8.000 đồng/bản (Thông tư 281/2016/TT-BTC, verify).", ["verify"]],
    ["Không thu phí (verify: một số địa phương thu phí).", ["verify"]],
    ["20 ngày (unverified)", ["unverified"]],
    ["TODO: amount", ["TODO"]],
    ["fixme", ["FIXME"]],
    ["Mẫu số xxx", ["XXX"]],
    ["Mức phí (?)", ["(?)"]],
    ["Mức phí ??", ["(?)"]],
    ["mức phí (cần kiểm tra lại)", ["(cần kiểm tra)"]],
    ["Lorem ipsum", ["placeholder"]],
  ])("finds the marker in %j", (text, expected) => {
    expect(internalMarkers(text)).toEqual(expected);
  });

  it.each([
    "Phí cấp bản sao trích lục hộ tịch: 8.000 đồng/bản sao trích lục/sự kiện hộ tịch (Thông tư 281/2016/TT-BTC).",
    "Xác minh thông tin cư trú", // a real procedure step, not an editor's note
    "Kiểm tra tính đầy đủ của hồ sơ",
    "trường hợp cần xác minh thì không quá 03 ngày làm việc",
    "Có cần nộp bản chính không?",
  ])("leaves a clean published text alone: %j", (text) => {
    expect(internalMarkers(text)).toEqual([]);
  });

  it("names the path of a marked string inside nested data", () => {
    const data = { fees: [{ description: "Phí (verify)" }, { description: "Phí 8.000 đồng" }], amount: 8000 };
    expect(markedStrings(data)).toEqual(["$.fees[0].description: verify — Phí (verify)"]);
  });
});

describe("seeded texts carry no internal marker", () => {
  it.each<[string, unknown]>([
    ["procedures", procedures],
    ["agencies", agencies],
    ["administrative units", units],
    ["fields", fields],
    ["calendar day names", calendarDays],
    ["postal tariff", postalTariff],
  ])("%s", (_name, data) => {
    expect(stringsWithin(data).length).toBeGreaterThan(0);
    expect(markedStrings(data)).toEqual([]);
  });
});
