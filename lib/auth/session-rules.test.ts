import { describe, expect, it } from "vitest";
import {
  isLevel2,
  isRecentAuth,
  sessionExpiry,
  sessionProblem,
  shouldTouch,
  userAgentSummary,
  type SessionFacts,
} from "./session-rules";

const policy = { staffIdleMinutes: 30, citizenIdleMinutes: 480, maxHours: 8, reauthMinutes: 10 };
const t0 = new Date("2026-12-08T01:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const session = (over: Partial<SessionFacts> = {}): SessionFacts => ({
  createdAt: t0,
  lastSeenAt: t0,
  expiresAt: sessionExpiry(t0, policy),
  revokedAt: null,
  acr: "LoA2",
  userDisabledAt: null,
  isStaff: true,
  ...over,
});

describe("sessionProblem", () => {
  it("ends a staff session after 30 idle minutes, a citizen's after 8 hours", () => {
    expect(sessionProblem(session(), at(30), policy)).toBeNull();
    expect(sessionProblem(session(), at(30.02), policy)).toBe("idle");
    expect(sessionProblem(session({ isStaff: false }), at(31), policy)).toBeNull();
    expect(sessionProblem(session({ isStaff: false }), at(479), policy)).toBeNull();
    // Activity moves the idle limit, not the absolute end.
    expect(sessionProblem(session({ lastSeenAt: at(25) }), at(50), policy)).toBeNull();
  });

  it("ends every session at its absolute end, however active", () => {
    expect(sessionExpiry(t0, policy)).toEqual(at(480));
    expect(sessionProblem(session({ isStaff: false, lastSeenAt: at(479) }), at(479.9), policy)).toBeNull();
    expect(sessionProblem(session({ isStaff: false, lastSeenAt: at(479) }), at(480), policy)).toBe("ended");
  });

  it("ends a revoked session, and any session of a disabled user, saying so", () => {
    expect(sessionProblem(session({ revokedAt: at(1) }), at(2), policy)).toBe("ended");
    expect(sessionProblem(session({ userDisabledAt: at(1) }), at(2), policy)).toBe("disabled");
    expect(sessionProblem(session({ userDisabledAt: at(1), revokedAt: at(1) }), at(2), policy)).toBe("disabled");
  });

  it("refuses a staff session below level 2, not a citizen's", () => {
    expect(sessionProblem(session({ acr: "LoA1" }), at(1), policy)).toBe("level");
    expect(sessionProblem(session({ acr: null }), at(1), policy)).toBe("level");
    expect(sessionProblem(session({ acr: "LoA1", isStaff: false }), at(1), policy)).toBeNull();
  });
});

describe("levels, step-up and lastSeenAt", () => {
  it("knows level 2 and above", () => {
    expect([isLevel2("LoA2"), isLevel2("LoA3"), isLevel2("LoA1"), isLevel2(null), isLevel2("LoA2x")]).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it("takes an authentication as recent for 10 minutes", () => {
    expect(isRecentAuth(t0, at(10), policy)).toBe(true);
    expect(isRecentAuth(t0, at(10.01), policy)).toBe(false);
  });

  it("writes lastSeenAt at most once a minute", () => {
    expect(shouldTouch(t0, at(0.99))).toBe(false);
    expect(shouldTouch(t0, at(1))).toBe(true);
  });
});

describe("userAgentSummary", () => {
  it("names the browser and platform in a few words", () => {
    const ua = {
      chromeAndroid:
        "Mozilla/5.0 (Linux; Android 14; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
      edge: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
      safari:
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
      firefox: "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    };
    expect(userAgentSummary(ua.chromeAndroid)).toBe("Chrome 131 · Android");
    expect(userAgentSummary(ua.edge)).toBe("Edge 131 · Windows");
    expect(userAgentSummary(ua.safari)).toBe("Safari 17 · iPhone");
    expect(userAgentSummary(ua.firefox)).toBe("Firefox 133 · Linux");
    expect(userAgentSummary("curl/8.5.0")).toBe("curl/8.5.0");
    expect(userAgentSummary("x".repeat(500))).toHaveLength(120);
    expect(userAgentSummary(null)).toBeNull();
  });
});
