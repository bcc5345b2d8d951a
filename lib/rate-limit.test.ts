import { describe, expect, it } from "vitest";
import { rateLimit } from "./rate-limit";

describe("rate limit", () => {
  it("allows up to the limit per window, then refuses until the window ends", () => {
    const t = 1_000_000;
    for (let i = 0; i < 3; i++) expect(rateLimit("ip-a", 3, 60_000, t + i).allowed).toBe(true);
    expect(rateLimit("ip-a", 3, 60_000, t + 10)).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(rateLimit("ip-b", 3, 60_000, t + 10).allowed).toBe(true);
    expect(rateLimit("ip-a", 3, 60_000, t + 60_000).allowed).toBe(true);
  });
});
