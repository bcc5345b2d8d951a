import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { sessionClaimsFrom } from "./session-user";

const secret = "unit-secret-unit-secret-unit-secret-0123456789";
const jar = (cookies: Record<string, string>) => ({
  getAll: () => Object.entries(cookies).map(([name, value]) => ({ name, value })),
});
/** The user id the cookie names (the session id is checked alongside). */
const sessionUserIdFrom = async (cookies: ReturnType<typeof jar>, key: string) => {
  const claims = await sessionClaimsFrom(cookies, key);
  if (claims) expect(claims.sessionId).toBe(`s-${claims.userId}`);
  return claims?.userId ?? null;
};
const token = (claims: Record<string, unknown>, maxAge = 3600, key = secret) =>
  encode({ secret: key, token: claims, maxAge });

describe("sessionClaimsFrom", () => {
  it("reads the uid and sid of a valid next-auth session cookie", async () => {
    expect(
      await sessionUserIdFrom(
        jar({ "next-auth.session-token": await token({ sub: "u1", uid: "u1", sid: "s-u1" }) }),
        secret,
      ),
    ).toBe("u1");
  });

  it("opens exactly what next-auth's own decoder opens, again and again with the key it keeps", async () => {
    const cookie = await token({ sub: "u3", uid: "u3", sid: "s-u3", name: "Nguyễn Văn A" });
    expect(await decode({ token: cookie, secret })).toMatchObject({ uid: "u3", sid: "s-u3", name: "Nguyễn Văn A" });
    for (let i = 0; i < 3; i++)
      expect(await sessionUserIdFrom(jar({ "next-auth.session-token": cookie }), secret)).toBe("u3");
    // A second secret gets its own key; each still opens only its own cookies.
    const other = "second-secret-second-secret-second-0123456789";
    const foreign = await token({ uid: "u4", sid: "s-u4" }, 3600, other);
    expect(await sessionUserIdFrom(jar({ "next-auth.session-token": foreign }), other)).toBe("u4");
    expect(await sessionUserIdFrom(jar({ "next-auth.session-token": foreign }), secret)).toBeNull();
    expect(await sessionUserIdFrom(jar({ "next-auth.session-token": cookie }), other)).toBeNull();
  });

  it("joins a cookie next-auth split into chunks", async () => {
    const whole = await token({ uid: "u2", sid: "s-u2" });
    const cut = Math.floor(whole.length / 2);
    expect(
      await sessionUserIdFrom(
        jar({ "next-auth.session-token.1": whole.slice(cut), "next-auth.session-token.0": whole.slice(0, cut) }),
        secret,
      ),
    ).toBe("u2");
  });

  it("refuses an expired, tampered or foreign cookie, and a token without uid or sid", async () => {
    expect(
      await sessionUserIdFrom(jar({ "next-auth.session-token": await token({ uid: "u1", sid: "s-u1" }, -60) }), secret),
    ).toBeNull();
    const valid = await token({ uid: "u1", sid: "s-u1" });
    expect(await sessionUserIdFrom(jar({ "next-auth.session-token": `${valid.slice(0, -4)}AAAA` }), secret)).toBeNull();
    expect(
      await sessionUserIdFrom(
        jar({
          "next-auth.session-token": await token(
            { uid: "u1", sid: "s-u1" },
            3600,
            "another-secret-another-secret-another-0123",
          ),
        }),
        secret,
      ),
    ).toBeNull();
    expect(await sessionUserIdFrom(jar({ "next-auth.session-token": await token({ sub: "u1" }) }), secret)).toBeNull();
    // A cookie issued before sessions were kept on the server names no session: signed out.
    expect(await sessionUserIdFrom(jar({ "next-auth.session-token": await token({ uid: "u1" }) }), secret)).toBeNull();
  });

  it("is null without a session cookie, whatever else is sent", async () => {
    expect(await sessionUserIdFrom(jar({}), secret)).toBeNull();
    expect(
      await sessionUserIdFrom(jar({ "other-cookie": await token({ uid: "u1", sid: "s-u1" }) }), secret),
    ).toBeNull();
  });
});
