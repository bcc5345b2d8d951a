// Server-side sessions, through real sign-ins (next-auth's handler and the development identity
// provider, tests/support/sign-in-flow.ts): a copied cookie after logout, the idle and absolute
// limits (the clock passed in), disabling a user, revoking a role, level 1 for staff, and the
// administrators' step-up.
import { randomInt } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { grantStaffRole } from "../../lib/admin/commands/grant-staff-role";
import { revokeStaffRole } from "../../lib/admin/commands/revoke-staff-role";
import { calendarDate, saveCalendarDay } from "../../lib/admin/commands/save-calendar-day";
import { setUserDisabled } from "../../lib/admin/commands/set-user-disabled";
import { signedOutMessage, signInFrom } from "../../lib/auth/actor";
import { recordSignInFailure } from "../../lib/auth/sign-in-failure";
import { sessionClaimsFrom } from "../../lib/auth/session-user";
import { db } from "../../lib/db";
import { vi as dictionary } from "../../lib/i18n/vi";
import { actorByPersonalId } from "../support/seed-helpers";
import { jarWith, SESSION_COOKIE, SignInFlow } from "../support/sign-in-flow";
import { TEST_SECRETS } from "../support/test-env";

// The server action signOutAction reads the request's cookies and redirects: the request is this.
const request = vi.hoisted(() => ({
  cookies: new Map<string, string>(),
}));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
    delete: (name: string) => request.cookies.delete(name),
  }),
  headers: async () => new Headers(),
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`NEXT_REDIRECT ${url}`);
  },
}));
const { signOutAction } = await import("../../lib/auth/sign-out");

const PROVINCE_ADMIN = "072083300002"; // Trịnh Thị Ngọc
const COMMUNE_AGENCY = "000.21.01.H80"; // UBND phường Tân Ninh
const MINUTE = 60_000;
const SESSION_ENDED = "Phiên làm việc đã hết hạn, vui lòng đăng nhập lại.";
const STAFF_LEVEL = "Cán bộ phải đăng nhập bằng tài khoản định danh điện tử mức độ 2.";

let flow: SignInFlow;
beforeAll(async () => {
  flow = await SignInFlow.start();
});
afterAll(async () => flow?.close());
beforeEach(() => request.cookies.clear());

/** A person new to the portal, created on the provider's page. */
function newPerson() {
  const personalId = `0791${String(randomInt(1e8)).padStart(8, "0")}`;
  return {
    personalId,
    create: {
      personalId,
      fullName: `Người Thử Phiên ${personalId.slice(-4)}`,
      dateOfBirth: "1990-02-03",
      gender: "Nữ",
      phone: "",
      email: "",
      permanentAddress: "",
    },
  };
}

async function signedIn(person: Parameters<SignInFlow["signIn"]>[0], options?: Parameters<SignInFlow["signIn"]>[1]) {
  const result = await flow.signIn(person, options);
  expect(result.sessionCookie, `no session: sent to ${result.redirect}`).not.toBeNull();
  const claims = (await sessionClaimsFrom(jarWith(result.sessionCookie), TEST_SECRETS.NEXTAUTH_SECRET))!;
  return { cookie: result.sessionCookie!, ...claims };
}

const userIdOf = async (personalId: string) => (await actorByPersonalId(personalId)).userId;
const communeAgencyId = async () =>
  (await db.agency.findUniqueOrThrow({ where: { code: COMMUNE_AGENCY }, select: { id: true } })).id;

describe("a session is a row on the server", () => {
  it("opens a row at sign-in and lets the cookie in; logging out ends it for every copy of the cookie", async () => {
    const { cookie, sessionId, userId } = await signedIn({ fullName: "Nguyễn Văn An" });
    const row = await db.userSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(row).toMatchObject({
      userId,
      acr: "LoA2",
      revokedAt: null,
      ip: "203.0.113.9",
      userAgent: "Chrome 131 · Linux",
    });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(8 * 60 * MINUTE);

    const copied = cookie;
    expect((await signInFrom(jarWith(copied), new Date())).actor?.userId).toBe(userId);

    request.cookies.set(SESSION_COOKIE, cookie);
    await expect(signOutAction()).rejects.toThrow("NEXT_REDIRECT /");
    expect(request.cookies.has(SESSION_COOKIE)).toBe(false);
    expect(await db.userSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({
      revokeReason: "SIGNED_OUT",
      revokedAt: expect.any(Date),
    });
    expect(await db.securityEvent.count({ where: { type: "SIGN_OUT", actorUserId: userId } })).toBe(1);

    // The copy taken before logout is refused, and the refusal says the session has ended.
    expect(await signInFrom(jarWith(copied), new Date())).toEqual({ actor: null, problem: "ended" });
    expect(signedOutMessage("ended")).toBe(SESSION_ENDED);
    expect(dictionary.signIn.errorSessionEnded).toBe(SESSION_ENDED);
  });

  it("ends a staff session after 30 minutes without a request; activity keeps it, a citizen's lasts longer", async () => {
    const staff = await signedIn({ fullName: "Phạm Thị Dung" }, { callbackUrl: "/can-bo" });
    const t0 = (await db.userSession.findUniqueOrThrow({ where: { id: staff.sessionId } })).lastSeenAt.getTime();
    const at = (minutes: number) => new Date(t0 + minutes * MINUTE);
    expect((await signInFrom(jarWith(staff.cookie), at(20))).actor?.userId).toBe(staff.userId);
    expect((await db.userSession.findUniqueOrThrow({ where: { id: staff.sessionId } })).lastSeenAt).toEqual(at(20));
    expect((await signInFrom(jarWith(staff.cookie), at(49))).actor).not.toBeNull(); // 29 minutes after the last request
    expect(await signInFrom(jarWith(staff.cookie), at(80))).toEqual({ actor: null, problem: "idle" });

    const citizen = await signedIn({ fullName: "Trần Thị Bích" });
    const c0 = (await db.userSession.findUniqueOrThrow({ where: { id: citizen.sessionId } })).lastSeenAt.getTime();
    expect((await signInFrom(jarWith(citizen.cookie), new Date(c0 + 60 * MINUTE))).actor?.userId).toBe(citizen.userId);
  });

  it("ends any session 8 hours after sign-in, however active", async () => {
    const { cookie, sessionId } = await signedIn({ fullName: "Nguyễn Văn An" });
    const t0 = (await db.userSession.findUniqueOrThrow({ where: { id: sessionId } })).createdAt.getTime();
    for (const hour of [2, 4, 6, 7.9]) {
      expect((await signInFrom(jarWith(cookie), new Date(t0 + hour * 60 * MINUTE))).actor).not.toBeNull();
    }
    expect(await signInFrom(jarWith(cookie), new Date(t0 + 8 * 60 * MINUTE))).toEqual({
      actor: null,
      problem: "ended",
    });
  });
});

describe("administrators end sessions", () => {
  it("disabling a staff member ends their live session at once and refuses their next sign-in", async () => {
    const admin = await actorByPersonalId(PROVINCE_ADMIN);
    const person = newPerson();
    await signedIn(person); // the account exists once the person has signed in
    await grantStaffRole(admin, {
      agencyId: await communeAgencyId(),
      person: person.personalId,
      role: "COUNTER_OFFICER",
    });
    const live = await signedIn(person, { callbackUrl: "/can-bo" });
    expect((await signInFrom(jarWith(live.cookie), new Date())).actor?.memberships).toHaveLength(1);

    await setUserDisabled(admin, live.userId, true);
    expect(await signInFrom(jarWith(live.cookie), new Date())).toEqual({ actor: null, problem: "disabled" });
    expect(await db.userSession.findUniqueOrThrow({ where: { id: live.sessionId } })).toMatchObject({
      revokeReason: "USER_DISABLED",
    });
    const sessionsBefore = await db.userSession.count({ where: { userId: live.userId } });
    const again = await flow.signIn(person, { callbackUrl: "/can-bo" });
    expect(again).toEqual({ redirect: "/dang-nhap?error=Disabled", sessionCookie: null });
    expect(await db.userSession.count({ where: { userId: live.userId } })).toBe(sessionsBefore);
    const disabledMessage = "Tài khoản của bạn đã bị khóa trên cổng. Vui lòng liên hệ quản trị viên.";
    expect(dictionary.signIn.errorDisabled).toBe(disabledMessage);
    expect(signedOutMessage("disabled")).toBe(disabledMessage);

    // Enabled again, the person signs in anew; the ended session stays ended.
    await setUserDisabled(admin, live.userId, false);
    await signedIn(person, { callbackUrl: "/can-bo" });
    expect((await signInFrom(jarWith(live.cookie), new Date())).actor).toBeNull();
  });

  it("revoking a role ends the person's sessions", async () => {
    const admin = await actorByPersonalId(PROVINCE_ADMIN);
    const person = newPerson();
    await signedIn(person);
    const { membershipId } = await grantStaffRole(admin, {
      agencyId: await communeAgencyId(),
      person: person.personalId,
      role: "SPECIALIST",
    });
    const live = await signedIn(person, { callbackUrl: "/can-bo" });
    expect((await signInFrom(jarWith(live.cookie), new Date())).actor?.memberships.map((m) => m.role)).toEqual([
      "SPECIALIST",
    ]);
    await revokeStaffRole(admin, membershipId);
    expect(await signInFrom(jarWith(live.cookie), new Date())).toEqual({ actor: null, problem: "ended" });
    expect(await db.userSession.findUniqueOrThrow({ where: { id: live.sessionId } })).toMatchObject({
      revokeReason: "ROLE_REVOKED",
    });
    expect(
      await db.securityEvent.count({ where: { type: "SESSION_REVOKED", target: `user:${live.userId}` } }),
    ).toBeGreaterThanOrEqual(1);
  });
});

describe("failed sign-ins", () => {
  it("records a sign-in the person cancelled at the provider, with the address, and opens no session", async () => {
    const sessions = await db.userSession.count();
    const cancelled = await flow.signIn("cancel");
    expect(cancelled.sessionCookie).toBeNull();
    expect(cancelled.redirect).toMatch(/^http:\/\/localhost:3000\/api\/auth\/error\?error=\w+$/);
    expect(await db.userSession.count()).toBe(sessions);
    const before = await db.securityEvent.count({ where: { type: "SIGN_IN_FAILED", ip: "198.51.100.4" } });
    await recordSignInFailure(cancelled.redirect, "198.51.100.4");
    // A successful sign-in's answer (the page asked for) records nothing.
    await recordSignInFailure("http://localhost:3000/ho-so", "198.51.100.4");
    expect(await db.securityEvent.count({ where: { type: "SIGN_IN_FAILED", ip: "198.51.100.4" } })).toBe(before + 1);
  });
});

describe("staff sign in at e-ID level 2", () => {
  it("refuses a staff member signing in at level 1, with the message, and opens no session", async () => {
    const dung = await userIdOf("072085100001"); // Phạm Thị Dung, counter officer
    const before = await db.userSession.count({ where: { userId: dung } });
    const result = await flow.signIn({ fullName: "Phạm Thị Dung" }, { loa: "LoA1", callbackUrl: "/can-bo" });
    expect(result).toEqual({ redirect: "/dang-nhap?error=StaffLevel2", sessionCookie: null });
    expect(await db.userSession.count({ where: { userId: dung } })).toBe(before);
    expect(dictionary.signIn.errorStaffLevel2).toBe(STAFF_LEVEL);
    expect(
      await db.securityEvent.count({ where: { type: "SIGN_IN_FAILED", actorUserId: dung } }),
    ).toBeGreaterThanOrEqual(1);

    // At level 2 the same person is in.
    const ok = await signedIn({ fullName: "Phạm Thị Dung" }, { loa: "LoA2", callbackUrl: "/can-bo" });
    expect(ok.userId).toBe(dung);
  });

  it("lets a citizen in at level 1; a role given later ends that level-1 session", async () => {
    const admin = await actorByPersonalId(PROVINCE_ADMIN);
    const person = newPerson();
    const citizen = await signedIn(person, { loa: "LoA1" });
    expect((await signInFrom(jarWith(citizen.cookie), new Date())).actor?.userId).toBe(citizen.userId);
    await grantStaffRole(admin, { agencyId: await communeAgencyId(), person: person.personalId, role: "LEADER" });
    expect(await signInFrom(jarWith(citizen.cookie), new Date())).toEqual({ actor: null, problem: "ended" });
    expect((await flow.signIn(person, { loa: "LoA1" })).redirect).toBe("/dang-nhap?error=StaffLevel2");
  });
});

describe("administrators re-authenticate before a change", () => {
  it("refuses a holiday change on a sign-in older than 10 minutes, stores nothing, and allows it after signing in again", async () => {
    const signIn = await signedIn({ fullName: "Trịnh Thị Ngọc" }, { callbackUrl: "/quan-tri/ngay-nghi" });
    // The sign-in was 11 minutes ago (the identity provider's auth_time); the session is still active.
    await db.userSession.update({
      where: { id: signIn.sessionId },
      data: { authTime: new Date(Date.now() - 11 * MINUTE) },
    });
    const stale = (await signInFrom(jarWith(signIn.cookie), new Date())).actor!;
    expect(stale).not.toBeNull();
    const day = { date: "2032-04-13", kind: "HOLIDAY", name: "Ngày nghỉ thử bước xác thực" };
    await expect(saveCalendarDay(stale, day)).rejects.toThrow(
      "Thay đổi này cần xác thực lại danh tính: lần đăng nhập gần nhất của bạn đã quá 10 phút. Vui lòng đăng nhập lại rồi thực hiện thay đổi.",
    );
    expect(await db.calendarDay.findUnique({ where: { date: calendarDate(day.date) } })).toBeNull();

    // The link of the refusal signs in again with prompt=login and max_age=0.
    const fresh = await signedIn(
      { fullName: "Trịnh Thị Ngọc" },
      { callbackUrl: "/quan-tri/ngay-nghi", query: { prompt: "login", max_age: "0" } },
    );
    const actor = (await signInFrom(jarWith(fresh.cookie), new Date())).actor!;
    await saveCalendarDay(actor, day);
    expect(await db.calendarDay.findUnique({ where: { date: calendarDate(day.date) } })).toMatchObject({
      name: day.name,
    });
    await db.calendarDay.delete({ where: { date: calendarDate(day.date) } });
  });
});
