import { describe, expect, it } from "vitest";
import { RETRY_CAP_MS, retryDelayMs } from "./backoff";

describe("retry backoff", () => {
  it("doubles from 30 seconds", () => {
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n))).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
  });
  it("is capped, even after very many failures", () => {
    expect(retryDelayMs(20)).toBe(RETRY_CAP_MS);
    expect(retryDelayMs(5000)).toBe(RETRY_CAP_MS);
  });
  it("takes its base and cap as parameters", () => {
    expect(retryDelayMs(3, 1000, 3000)).toBe(3000);
    expect(retryDelayMs(1, 0)).toBe(0);
  });
});
