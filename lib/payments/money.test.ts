import { describe, expect, it } from "vitest";
import { formatVnd, formatVndDigits, fromGatewayAmount, parseVnd, toGatewayAmount } from "./money";

describe("amounts", () => {
  it("converts VND to the gateway's VND × 100 and back, exactly", () => {
    expect(toGatewayAmount(8000)).toBe("800000");
    expect(fromGatewayAmount("800000")).toBe(8000);
    expect(toGatewayAmount(1_234_567_890)).toBe("123456789000");
    expect(fromGatewayAmount("123456789000")).toBe(1_234_567_890);
  });

  it("refuses fractions of a đồng, negatives, non-numbers and nothing", () => {
    expect(fromGatewayAmount("800050")).toBeNull();
    expect(fromGatewayAmount("-800000")).toBeNull();
    expect(fromGatewayAmount("8e5")).toBeNull();
    expect(fromGatewayAmount(undefined)).toBeNull();
    expect(() => toGatewayAmount(0)).toThrow(RangeError);
    expect(() => toGatewayAmount(10.5)).toThrow(RangeError);
  });

  it("reads typed amounts as whole đồng only", () => {
    expect(parseVnd("8000")).toBe(8000);
    expect(parseVnd(8000)).toBe(8000);
    expect(parseVnd("8000.5")).toBeNull();
    expect(parseVnd("-1")).toBeNull();
    expect(parseVnd("")).toBeNull();
    expect(parseVnd(null)).toBeNull();
    expect(formatVnd(1_500_000)).toBe("1.500.000 đồng");
    expect(formatVnd(16_000)).toBe("16.000 đồng");
    expect(formatVnd(0)).toBe("0 đồng");
    expect(formatVnd(1_005_000_000)).toBe("1.005.000.000 đồng");
    expect(formatVndDigits(999)).toBe("999");
  });
});
