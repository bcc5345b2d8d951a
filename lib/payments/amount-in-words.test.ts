import { describe, expect, it } from "vitest";
import { amountInWords } from "./amount-in-words";

// Written by hand, as a Vietnamese receipt reads them.
const TABLE: [number, string][] = [
  [0, "Không đồng"],
  [5, "Năm đồng"],
  [10, "Mười đồng"],
  [11, "Mười một đồng"],
  [14, "Mười bốn đồng"],
  [15, "Mười lăm đồng"],
  [20, "Hai mươi đồng"],
  [21, "Hai mươi mốt đồng"],
  [24, "Hai mươi tư đồng"],
  [25, "Hai mươi lăm đồng"],
  [105, "Một trăm linh năm đồng"],
  [110, "Một trăm mười đồng"],
  [1_000, "Một nghìn đồng"],
  [8_000, "Tám nghìn đồng"],
  [15_000, "Mười lăm nghìn đồng"],
  [16_000, "Mười sáu nghìn đồng"],
  [31_000, "Ba mươi mốt nghìn đồng"],
  [50_000, "Năm mươi nghìn đồng"],
  [100_000, "Một trăm nghìn đồng"],
  [1_005_000, "Một triệu không trăm linh năm nghìn đồng"],
  [1_500_000, "Một triệu năm trăm nghìn đồng"],
  [2_000_050, "Hai triệu không trăm năm mươi đồng"],
  [1_000_000_000, "Một tỷ đồng"],
  [1_234_567_890, "Một tỷ hai trăm ba mươi tư triệu năm trăm sáu mươi bảy nghìn tám trăm chín mươi đồng"],
  [5_000_000_000_000, "Năm nghìn tỷ đồng"],
];

describe("amount in words", () => {
  it.each(TABLE)("%i đồng reads “%s”", (vnd, words) => {
    expect(amountInWords(vnd)).toBe(words);
  });

  it("refuses what is not a whole, non-negative number of đồng", () => {
    expect(() => amountInWords(-1)).toThrow(RangeError);
    expect(() => amountInWords(10.5)).toThrow(RangeError);
    expect(() => amountInWords(Number.NaN)).toThrow(RangeError);
  });
});
