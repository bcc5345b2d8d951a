// "Ai đã xem hồ sơ của bạn": staff who open, download from or print a dossier are recorded
// (lib/dossiers/access-log.ts) and shown to its applicant alone; and the security log keeps role
// grants and revocations and staff refusals (lib/security-log).
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi as vitest } from "vitest";
import { DossierAccessList } from "../../components/dossier/dossier-access-list";
import { grantStaffRole } from "../../lib/admin/commands/grant-staff-role";
import { revokeStaffRole } from "../../lib/admin/commands/revoke-staff-role";
import { getAttachmentForActor } from "../../lib/attachments/queries";
import { db } from "../../lib/db";
import { listDossierAccesses, VIEW_WINDOW_MS } from "../../lib/dossiers/access-log";
import { getDossierForActor } from "../../lib/dossiers/queries";
import { vi } from "../../lib/i18n/vi";
import { getLegalFormSource } from "../../lib/legal-forms/source";
import { recordRefusal } from "../../lib/security-log/refusal";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { takeStaffAction } from "../../lib/processing/take-staff-action";
import { numericDateTime } from "../../lib/text/vietnamese-dates";
import { notFound } from "../../lib/errors";
import { actorByPersonalId, seedCitizen, seedCompleteDraft } from "../support/seed-helpers";
import { saveCalendarDay } from "../../lib/admin/commands/save-calendar-day";
import { deleteCalendarDay } from "../../lib/admin/commands/delete-calendar-day";
import { createApiKey, revokeApiKey } from "../../lib/api/keys";
import { GET as getProcedures } from "../../app/api/v1/procedures/route";
import "../../scripts/lib/peer-address.mjs";

const COUNTER = "072085100001"; // Phạm Thị Dung, counter officer of UBND phường Tân Ninh
const SPECIALIST = "072086100002"; // Võ Minh Đức
const OTHER_AGENCY_SPECIALIST = "072089200002";
const AGENCY_ADMIN = "072080300003"; // Lý Thanh Phong, ADMIN of UBND phường Tân Ninh
const PROVINCE_ADMIN = "072083300002"; // Trịnh Thị Ngọc

const html = (entries: Awaited<ReturnType<typeof listDossierAccesses>>) =>
  renderToStaticMarkup(DossierAccessList({ entries, t: vi.dossier.access }));

describe("who opened the dossier", () => {
  it("lists a staff view and a print for the applicant, with agency, role, officer and time; not the applicant's own views", async () => {
    const citizen = await seedCitizen("Chủ Hồ Sơ");
    const id = await seedCompleteDraft(citizen);
    await submitDossier(citizen, id);
    const counter = await actorByPersonalId(COUNTER);
    expect(await listDossierAccesses(citizen, id)).toEqual([]);
    expect(html([])).toContain('<p class="text-sm">Chưa có cán bộ nào mở hồ sơ này.</p>');

    await getDossierForActor(citizen, id); // the applicant's own view: not listed
    await getDossierForActor(counter, id);
    await getDossierForActor(counter, id); // reloaded within 10 minutes: one view
    await takeStaffAction(counter, id, "RECEIVE", { version: 1 });
    await getLegalFormSource(counter, id); // a printed form (Mẫu 02, …)

    const entries = await listDossierAccesses(citizen, id);
    expect(entries.map(({ at: _at, ...e }) => e)).toEqual([
      {
        kind: "PRINT",
        agencyName: "Ủy ban nhân dân phường Tân Ninh",
        role: "COUNTER_OFFICER",
        officerName: "Phạm Thị Dung",
      },
      {
        kind: "VIEW",
        agencyName: "Ủy ban nhân dân phường Tân Ninh",
        role: "COUNTER_OFFICER",
        officerName: "Phạm Thị Dung",
      },
    ]);
    const page = html(entries);
    expect(page).toContain('<h2 id="dossier-access" class="text-lg font-semibold">Ai đã xem hồ sơ của bạn</h2>');
    const row = (kind: string) =>
      `<td class="py-1 pr-3 whitespace-nowrap">${numericDateTime(entries[0].at)}</td><td class="py-1 pr-3" lang="vi">Ủy ban nhân dân phường Tân Ninh</td><td class="py-1 pr-3">Cán bộ tiếp nhận (Bộ phận một cửa)</td><td class="py-1 pr-3" lang="vi">Phạm Thị Dung</td><td class="py-1">${kind}</td>`;
    expect(page).toContain(row("In giấy tờ"));
    expect(numericDateTime(new Date("2026-12-07T17:05:00Z"))).toBe("08/12/2026 00:05");
    // Stored as the instant it happened (UTC), whatever the database session's time zone.
    expect(Math.abs(entries[0].at.getTime() - Date.now())).toBeLessThan(60_000);

    // Another citizen, and the officer themself, see nothing of it.
    expect(await listDossierAccesses(await seedCitizen(), id)).toEqual([]);
    expect(await listDossierAccesses(counter, id)).toEqual([]);
  });

  it("records each download, another view once the window has passed, and the role held in the dossier's agency", async () => {
    const citizen = await seedCitizen();
    const id = await seedCompleteDraft(citizen);
    await submitDossier(citizen, id);
    const specialist = await actorByPersonalId(SPECIALIST);
    const attachment = await db.attachment.findFirstOrThrow({ where: { dossierId: id }, select: { id: true } });
    await getAttachmentForActor(specialist, attachment.id);
    await getAttachmentForActor(specialist, attachment.id);
    await getDossierForActor(specialist, id);
    vitest.useFakeTimers({ now: Date.now() + VIEW_WINDOW_MS + 1000, toFake: ["Date"] });
    try {
      await getDossierForActor(specialist, id);
    } finally {
      vitest.useRealTimers();
    }
    const entries = await listDossierAccesses(citizen, id);
    expect(entries.map((e) => [e.kind, e.role, e.officerName])).toEqual([
      ["VIEW", "SPECIALIST", "Võ Minh Đức"],
      ["VIEW", "SPECIALIST", "Võ Minh Đức"],
      ["DOWNLOAD", "SPECIALIST", "Võ Minh Đức"],
      ["DOWNLOAD", "SPECIALIST", "Võ Minh Đức"],
    ]);
    // A refused read (another agency) leaves nothing behind.
    await expect(getDossierForActor(await actorByPersonalId(OTHER_AGENCY_SPECIALIST), id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.dossierAccess.count({ where: { dossierId: id } })).toBe(4);
    await expect(db.dossierAccess.deleteMany({ where: { dossierId: id } })).rejects.toThrow(/append-only/);
  });
});

describe("the security log", () => {
  it("keeps a role's grant and its revocation after the membership row is gone", async () => {
    const admin = await actorByPersonalId(AGENCY_ADMIN);
    const commune = (await db.agency.findUniqueOrThrow({ where: { code: "000.21.01.H80" } })).id;
    const newcomer = await seedCitizen("Người Được Giao");
    const { membershipId } = await grantStaffRole(admin, {
      agencyId: commune,
      person: newcomer.personalId!,
      role: "SPECIALIST",
    });
    await revokeStaffRole(admin, membershipId);
    expect(await db.staffMembership.count({ where: { id: membershipId } })).toBe(0);
    const events = await db.securityEvent.findMany({
      where: { target: `user:${newcomer.userId}`, type: { in: ["ROLE_GRANTED", "ROLE_REVOKED"] } },
      orderBy: { seq: "asc" },
      select: { type: true, actorUserId: true, details: true },
    });
    expect(events).toEqual([
      {
        type: "ROLE_GRANTED",
        actorUserId: admin.userId,
        details: { agencyId: commune, role: "SPECIALIST", membershipId },
      },
      {
        type: "ROLE_REVOKED",
        actorUserId: admin.userId,
        details: { agencyId: commune, role: "SPECIALIST", membershipId },
      },
    ]);
  });

  it("logs a staff member's refusal, not a citizen's 'not found' nor a refusal on input", async () => {
    const staff = await actorByPersonalId(SPECIALIST);
    const citizen = await seedCitizen();
    const count = () =>
      db.securityEvent.count({ where: { type: "ACCESS_DENIED", actorUserId: { in: [staff.userId, citizen.userId] } } });
    const before = await count();
    await recordRefusal(citizen, notFound());
    await recordRefusal(staff, new Error("unexpected"));
    expect(await count()).toBe(before);
    await recordRefusal(staff, notFound());
    expect(await count()).toBe(before + 1);
    expect(
      await db.securityEvent.findFirstOrThrow({
        where: { type: "ACCESS_DENIED", actorUserId: staff.userId },
        orderBy: { seq: "desc" },
        select: { details: true },
      }),
    ).toEqual({ details: { code: "NOT_FOUND" } });
  });

  it("keeps one ADMIN_CHANGE per administrative change, naming the change and what it changed", async () => {
    const admin = await actorByPersonalId(PROVINCE_ADMIN);
    const target = "calendar-day:2031-04-09";
    await saveCalendarDay(admin, { date: "2031-04-09", kind: "HOLIDAY", name: "Nghỉ thử nhật ký" });
    await deleteCalendarDay(admin, "2031-04-09");
    // A refused change leaves no event: the transaction that would have written it is rolled back.
    await expect(deleteCalendarDay(admin, "2031-04-09")).rejects.toMatchObject({ code: "NOT_FOUND" });
    const { key, id } = await createApiKey(admin, {
      name: "Nhật ký thử",
      scopes: ["catalog:read"],
      rateLimitPerMinute: 100,
    });
    await revokeApiKey(admin, id);
    const events = await db.securityEvent.findMany({
      where: { type: "ADMIN_CHANGE", target: { in: [target, `api-key:${id}`] } },
      orderBy: { seq: "asc" },
      select: { actorUserId: true, target: true, details: true },
    });
    expect(events).toEqual([
      { actorUserId: admin.userId, target, details: { change: "calendar-day-added", kind: "HOLIDAY" } },
      { actorUserId: admin.userId, target, details: { change: "calendar-day-deleted" } },
      {
        actorUserId: admin.userId,
        target: `api-key:${id}`,
        details: { change: "api-key-added", scopes: ["catalog:read"] },
      },
      { actorUserId: admin.userId, target: `api-key:${id}`, details: { change: "api-key-revoked" } },
    ]);
    expect(key).toBeTruthy();
  });

  it("logs an API key's use once per hour of use, not once per call (every call is in ApiCall)", async () => {
    const admin = await actorByPersonalId(PROVINCE_ADMIN);
    const { key, id } = await createApiKey(admin, {
      name: "Khoá dùng thử",
      scopes: ["catalog:read"],
      rateLimitPerMinute: 100,
    });
    const call = () =>
      getProcedures(
        new Request("http://localhost:3000/api/v1/procedures", {
          headers: { authorization: `Bearer ${key}`, "x-dvc-peer-address": "203.0.113.9" },
        }),
      );
    for (let i = 0; i < 3; i++) expect((await call()).status).toBe(200);
    const used = () =>
      db.securityEvent.findMany({ where: { type: "API_KEY_USED", target: `api-key:${id}` }, select: { ip: true } });
    expect(await used()).toEqual([{ ip: "203.0.113.9" }]);
    expect(await db.apiCall.count({ where: { apiKeyId: id } })).toBe(3);
    // An hour later the next call is logged again.
    await db.apiKey.update({ where: { id }, data: { lastUsedAt: new Date(Date.now() - 61 * 60_000) } });
    expect((await call()).status).toBe(200);
    expect(await used()).toHaveLength(2);
  });
});
