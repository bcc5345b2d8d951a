import { describe, expect, it } from "vitest";
import { deleteCalendarDay } from "../../lib/admin/commands/delete-calendar-day";
import { grantStaffRole } from "../../lib/admin/commands/grant-staff-role";
import { removeProcedureComponent } from "../../lib/admin/commands/remove-procedure-component";
import { revokeStaffRole } from "../../lib/admin/commands/revoke-staff-role";
import { saveAgency } from "../../lib/admin/commands/save-agency";
import { calendarDate, saveCalendarDay } from "../../lib/admin/commands/save-calendar-day";
import { saveProcedureComponent } from "../../lib/admin/commands/save-procedure-component";
import { removeProcedureFee, saveProcedureFee } from "../../lib/admin/commands/save-procedure-fee";
import {
  saveFormDefinition,
  saveProcedureSettings,
  setProcedurePublished,
} from "../../lib/admin/commands/save-procedure-settings";
import { saveProcedureSteps } from "../../lib/admin/commands/save-procedure-steps";
import { saveProcedureTimings } from "../../lib/admin/commands/save-procedure-timings";
import { AdminInputError } from "../../lib/forms/input-error";
import type { Actor } from "../../lib/auth/actor";
import { db } from "../../lib/db";
import { computeDueAt } from "../../lib/deadlines";
import { loadWorkingCalendar } from "../../lib/deadlines/load-calendar";
import { actorByPersonalId, seedCitizen, seedCompleteDraft } from "../support/seed-helpers";

const PROVINCE_ADMIN = "072083300002"; // Trịnh Thị Ngọc, ADMIN of the provincial Public Service Centre
const AGENCY_ADMIN = "072080300003"; // Lý Thanh Phong, ADMIN of UBND phường Tân Ninh
const COMMUNE_OFFICER = "072085100001"; // counter officer, no admin role
const COMMUNE_AGENCY = "000.21.01.H80";
const CONSTRUCTION = "000.00.13.H80";
const PROCEDURE = "1.000656"; // Đăng ký khai tử: same day (0 working days) on every channel = 8 hours

const agencyId = async (code: string) =>
  (await db.agency.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;

/** Expects the command to be refused with `message` (and, when given, on `field`). */
async function refused(run: Promise<unknown>, message: string | RegExp, field?: string) {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "the command should have been refused").toBeInstanceOf(Error);
  expect((error as Error).message).toMatch(
    typeof message === "string" ? new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) : message,
  );
  if (field) expect((error as AdminInputError).fieldErrors).toHaveProperty([field]);
}
const notFound = (run: Promise<unknown>) => expect(run).rejects.toMatchObject({ code: "NOT_FOUND" });

const calendarRows = () => db.calendarDay.findMany({ orderBy: { date: "asc" } });
const procedureState = () =>
  db.procedure.findUniqueOrThrow({
    where: { code: PROCEDURE },
    select: {
      published: true,
      requiresPersonalPresence: true,
      formDefinition: true,
      components: { orderBy: { sortOrder: "asc" } },
      timings: { orderBy: { channel: "asc" } },
      fees: true,
      workflowSteps: { orderBy: { sortOrder: "asc" } },
    },
  });

describe("holiday table", () => {
  it("a holiday added by the province administrator moves a deadline computed afterwards; edit and delete too", async () => {
    const admin = await actorByPersonalId(PROVINCE_ADMIN);
    const receivedAt = new Date("2031-03-04T09:00:00+07:00"); // Tuesday
    const oneDay = { amount: 1, unit: "WORKING_DAYS" } as const;
    expect(computeDueAt(receivedAt, oneDay, await loadWorkingCalendar(db))).toEqual(
      new Date("2031-03-05T17:00:00+07:00"),
    );

    await saveCalendarDay(admin, { date: "2031-03-05", kind: "HOLIDAY", name: " Nghỉ lễ thử " });
    expect(await db.calendarDay.findUnique({ where: { date: calendarDate("2031-03-05") } })).toMatchObject({
      kind: "HOLIDAY",
      name: "Nghỉ lễ thử",
      updatedById: admin.userId,
    });
    expect(computeDueAt(receivedAt, oneDay, await loadWorkingCalendar(db))).toEqual(
      new Date("2031-03-06T17:00:00+07:00"),
    );

    // Moved to the Thursday: Wednesday is a working day again, Thursday is not.
    await saveCalendarDay(admin, { date: "2031-03-06", kind: "HOLIDAY", name: "Nghỉ lễ thử (dời)" }, "2031-03-05");
    expect(computeDueAt(receivedAt, { amount: 2, unit: "WORKING_DAYS" }, await loadWorkingCalendar(db))).toEqual(
      new Date("2031-03-07T17:00:00+07:00"),
    );

    // A make-up Saturday counts as a working day.
    await saveCalendarDay(admin, { date: "2031-03-08", kind: "MAKEUP_WORKDAY", name: "Làm bù thử" });
    expect(computeDueAt(new Date("2031-03-07T09:00:00+07:00"), oneDay, await loadWorkingCalendar(db))).toEqual(
      new Date("2031-03-08T17:00:00+07:00"),
    );

    await deleteCalendarDay(admin, "2031-03-06");
    await deleteCalendarDay(admin, "2031-03-08");
    expect(computeDueAt(receivedAt, oneDay, await loadWorkingCalendar(db))).toEqual(
      new Date("2031-03-05T17:00:00+07:00"),
    );
    await notFound(deleteCalendarDay(admin, "2031-03-08"));
  });

  it("refuses bad dates, a make-up day on a weekday and a date already in the table, storing nothing", async () => {
    const admin = await actorByPersonalId(PROVINCE_ADMIN);
    const before = await calendarRows();
    await refused(
      saveCalendarDay(admin, { date: "2031-02-30", kind: "HOLIDAY", name: "X" }),
      "Ngày không hợp lệ (định dạng năm-tháng-ngày, ví dụ 2026-09-02).",
      "date",
    );
    await refused(
      saveCalendarDay(admin, { date: "2031-03-05", kind: "HOLIDAY", name: " " }),
      "Vui lòng nhập tên ngày (ví dụ: Quốc khánh 2/9).",
      "name",
    );
    await refused(
      saveCalendarDay(admin, { date: "2031-03-05", kind: "MAKEUP_WORKDAY", name: "Làm bù" }),
      /^Ngày 05\/03\/2031 là Thứ Tư, vốn là ngày làm việc/,
      "kind",
    );
    // 2026-01-10 is the seeded make-up Saturday: it cannot also be a holiday.
    await refused(
      saveCalendarDay(admin, { date: "2026-01-10", kind: "HOLIDAY", name: "Trùng" }),
      /^Ngày 10\/01\/2026 đã có trong bảng \(ngày làm bù: .*không thể là cả hai/,
      "date",
    );
    // Editing another row onto it is refused the same way.
    await refused(
      saveCalendarDay(admin, { date: "2026-01-10", kind: "HOLIDAY", name: "Trùng" }, "2026-09-02"),
      /^Ngày 10\/01\/2026 đã có trong bảng/,
      "date",
    );
    await notFound(saveCalendarDay(admin, { date: "2031-03-05", kind: "HOLIDAY", name: "X" }, "2031-01-01"));
    expect(await calendarRows()).toEqual(before);
  });

  it("is province-wide: an agency administrator and other staff get not found", async () => {
    const before = await calendarRows();
    for (const who of [AGENCY_ADMIN, COMMUNE_OFFICER]) {
      const actor = await actorByPersonalId(who);
      await notFound(saveCalendarDay(actor, { date: "2031-03-05", kind: "HOLIDAY", name: "X" }));
      await notFound(saveCalendarDay(actor, { date: "bad", kind: "HOLIDAY", name: "" })); // not even the input is judged
      await notFound(deleteCalendarDay(actor, "2026-09-02"));
    }
    await notFound(saveCalendarDay(await seedCitizen(), { date: "2031-03-05", kind: "HOLIDAY", name: "X" }));
    expect(await calendarRows()).toEqual(before);
  });
});

describe("agencies", () => {
  const newAgency = (change: Record<string, string> = {}) => ({
    code: "000.21.90.H80",
    name: "Ủy ban nhân dân xã Thử Nghiệm",
    shortName: "",
    address: "",
    phone: "",
    email: "",
    level: "COMMUNE",
    parentId: "",
    unitCode: "25459",
    ...change,
  });

  it("creates and edits an agency with a well-formed unique code", async () => {
    const admin = await actorByPersonalId(PROVINCE_ADMIN);
    const parentId = await agencyId("000.00.00.H80");
    const { id } = await saveAgency(admin, newAgency({ code: "000.21.90.h80", parentId }));
    expect(await db.agency.findUniqueOrThrow({ where: { id } })).toMatchObject({
      code: "000.21.90.H80",
      level: "COMMUNE",
      parentId,
      unitCode: "25459",
      shortName: null,
      updatedById: admin.userId,
    });
    await saveAgency(
      admin,
      newAgency({ code: "000.21.91.H80", name: "UBND xã Thử Nghiệm (đổi tên)", phone: "0276 3822 000" }),
      id,
    );
    expect(await db.agency.findUniqueOrThrow({ where: { id } })).toMatchObject({
      code: "000.21.91.H80",
      name: "UBND xã Thử Nghiệm (đổi tên)",
      phone: "0276 3822 000",
      parentId: null,
    });
  });

  it("refuses a bad or taken code, an unknown unit, a wrong level and a parent loop, storing nothing", async () => {
    const admin = await actorByPersonalId(PROVINCE_ADMIN);
    const before = await db.agency.findMany({ orderBy: { code: "asc" } });
    await refused(
      saveAgency(admin, newAgency({ code: "21.90.H80" })),
      /^Mã cơ quan không đúng định dạng QCVN 102:2016/,
      "code",
    );
    await refused(
      saveAgency(admin, newAgency({ code: COMMUNE_AGENCY })),
      `Mã cơ quan ${COMMUNE_AGENCY} đã được dùng cho "Ủy ban nhân dân phường Tân Ninh". Mỗi cơ quan có một mã riêng.`,
      "code",
    );
    await refused(saveAgency(admin, newAgency({ name: "" })), "Vui lòng nhập tên cơ quan.", "name");
    await refused(
      saveAgency(admin, newAgency({ unitCode: "99999" })),
      "Không tìm thấy đơn vị hành chính đã chọn.",
      "unitCode",
    );
    await refused(
      saveAgency(admin, newAgency({ unitCode: "80" })),
      "Cơ quan cấp xã phải thuộc một xã, phường.",
      "unitCode",
    );
    await refused(
      saveAgency(admin, newAgency({ level: "PROVINCE", unitCode: "80", parentId: await agencyId(COMMUNE_AGENCY) })),
      "Cơ quan cấp tỉnh không thể trực thuộc cơ quan cấp xã.",
      "parentId",
    );
    // The provincial committee cannot be placed under one of its own departments.
    const committee = await db.agency.findUniqueOrThrow({ where: { code: "000.00.00.H80" } });
    const { id: _id, ...committeeInput } = committee;
    await refused(
      saveAgency(
        admin,
        {
          ...committeeInput,
          shortName: committee.shortName ?? "",
          address: committee.address ?? "",
          phone: committee.phone ?? "",
          email: committee.email ?? "",
          parentId: await agencyId(CONSTRUCTION),
        },
        committee.id,
      ),
      "Cơ quan cấp trên không thể là chính cơ quan này hoặc một đơn vị trực thuộc nó.",
      "parentId",
    );
    expect(await db.agency.findMany({ orderBy: { code: "asc" } })).toEqual(before);
  });

  it("keeps the code of an agency that has dossiers", async () => {
    const admin = await actorByPersonalId(PROVINCE_ADMIN);
    await seedCompleteDraft(await seedCitizen(), "1.001193", COMMUNE_AGENCY);
    const agency = await db.agency.findUniqueOrThrow({ where: { code: COMMUNE_AGENCY } });
    const input = {
      code: "000.21.99.H80",
      name: agency.name,
      shortName: agency.shortName ?? "",
      address: agency.address ?? "",
      phone: agency.phone ?? "",
      email: agency.email ?? "",
      level: agency.level,
      parentId: agency.parentId ?? "",
      unitCode: agency.unitCode,
    };
    await refused(
      saveAgency(admin, input, agency.id),
      /^Cơ quan đã có hồ sơ mang mã 000\.21\.01\.H80: không đổi được mã cơ quan/,
      "code",
    );
    expect(await db.agency.findUniqueOrThrow({ where: { id: agency.id } })).toEqual(agency);
  });

  it("is for province administrators only", async () => {
    const count = await db.agency.count();
    await notFound(saveAgency(await actorByPersonalId(AGENCY_ADMIN), newAgency({ code: "000.21.92.H80" })));
    await notFound(saveAgency(await actorByPersonalId(COMMUNE_OFFICER), newAgency({ code: "000.21.92.H80" })));
    expect(await db.agency.count()).toBe(count);
  });
});

describe("staff roles", () => {
  const roles = (userId: string) =>
    db.staffMembership.findMany({
      where: { userId },
      select: { agencyId: true, role: true },
      orderBy: { role: "asc" },
    });

  it("an agency administrator gives and takes roles in their own agency, by personal ID or by name", async () => {
    const admin = await actorByPersonalId(AGENCY_ADMIN);
    const commune = await agencyId(COMMUNE_AGENCY);
    const newcomer = await seedCitizen("Nguyễn Văn Mới");
    const { membershipId } = await grantStaffRole(admin, {
      agencyId: commune,
      person: newcomer.personalId!,
      role: "SPECIALIST",
    });
    const leader = await grantStaffRole(admin, {
      agencyId: commune,
      person: newcomer.fullName.toUpperCase(),
      role: "LEADER",
    });
    expect(await roles(newcomer.userId)).toEqual([
      { agencyId: commune, role: "SPECIALIST" },
      { agencyId: commune, role: "LEADER" },
    ]);
    expect(await db.staffMembership.findUniqueOrThrow({ where: { id: membershipId } })).toMatchObject({
      grantedById: admin.userId,
    });
    await revokeStaffRole(admin, membershipId);
    expect(await roles(newcomer.userId)).toEqual([{ agencyId: commune, role: "LEADER" }]);
    // Leave the agency's staff as seeded: other suites count its leaders.
    await revokeStaffRole(admin, leader.membershipId);
    expect(await roles(newcomer.userId)).toEqual([]);
  });

  it("an agency administrator cannot touch another agency's staff: not found, nothing changes", async () => {
    const admin = await actorByPersonalId(AGENCY_ADMIN);
    const person = await seedCitizen();
    await notFound(
      grantStaffRole(admin, { agencyId: await agencyId(CONSTRUCTION), person: person.personalId!, role: "ADMIN" }),
    );
    const other = await db.staffMembership.findFirstOrThrow({ where: { agency: { code: CONSTRUCTION } } });
    await notFound(revokeStaffRole(admin, other.id));
    expect(await roles(person.userId)).toEqual([]);
    expect(await db.staffMembership.findUnique({ where: { id: other.id } })).not.toBeNull();
    // Staff without an admin role are refused everything.
    await notFound(
      grantStaffRole(await actorByPersonalId(COMMUNE_OFFICER), {
        agencyId: await agencyId(COMMUNE_AGENCY),
        person: person.personalId!,
        role: "ADMIN",
      }),
    );
    expect(await roles(person.userId)).toEqual([]);
  });

  it("the province administrator manages any agency", async () => {
    const admin = await actorByPersonalId(PROVINCE_ADMIN);
    const person = await seedCitizen();
    await grantStaffRole(admin, {
      agencyId: await agencyId(CONSTRUCTION),
      person: person.personalId!,
      role: "COUNTER_OFFICER",
    });
    expect(await roles(person.userId)).toEqual([{ agencyId: await agencyId(CONSTRUCTION), role: "COUNTER_OFFICER" }]);
  });

  it("refuses unknown or ambiguous people and a role already held, storing nothing", async () => {
    const admin = await actorByPersonalId(AGENCY_ADMIN);
    const commune = await agencyId(COMMUNE_AGENCY);
    const count = await db.staffMembership.count();
    await refused(
      grantStaffRole(admin, { agencyId: commune, person: "079999999999", role: "LEADER" }),
      /^Không có tài khoản nào mang số định danh 079999999999/,
      "person",
    );
    await refused(
      grantStaffRole(admin, { agencyId: commune, person: "12345", role: "LEADER" }),
      "Số định danh cá nhân phải gồm đúng 12 chữ số.",
      "person",
    );
    await refused(
      grantStaffRole(admin, { agencyId: commune, person: "Không Có Ai Tên Này", role: "LEADER" }),
      /^Không tìm thấy tài khoản nào tên "Không Có Ai Tên Này"/,
      "person",
    );
    const twin = await seedCitizen("Trùng Tên");
    await db.user.create({ data: { oidcSubject: `twin-${twin.userId}`, fullName: twin.fullName } });
    await refused(
      grantStaffRole(admin, { agencyId: commune, person: twin.fullName, role: "LEADER" }),
      `Có nhiều người tên "${twin.fullName}": vui lòng nhập số định danh cá nhân (12 chữ số).`,
      "person",
    );
    await refused(
      grantStaffRole(admin, { agencyId: commune, person: "Phạm Thị Dung", role: "COUNTER_OFFICER" }),
      /^Phạm Thị Dung đã có vai trò "Cán bộ tiếp nhận \(Bộ phận một cửa\)" tại Ủy ban nhân dân phường Tân Ninh\.$/,
      "role",
    );
    await refused(
      grantStaffRole(admin, { agencyId: commune, person: "Phạm Thị Dung", role: "CITIZEN" }),
      "Vui lòng chọn vai trò.",
      "role",
    );
    expect(await db.staffMembership.count()).toBe(count);
  });

  it("an administrator cannot remove their own last ADMIN role", async () => {
    const admin = await actorByPersonalId(AGENCY_ADMIN);
    const own = await db.staffMembership.findFirstOrThrow({ where: { userId: admin.userId, role: "ADMIN" } });
    await refused(
      revokeStaffRole(admin, own.id),
      "Bạn không thể thu hồi vai trò quản trị cuối cùng của chính mình. Hãy nhờ một quản trị viên khác thực hiện.",
    );
    expect(await db.staffMembership.findUnique({ where: { id: own.id } })).not.toBeNull();
  });
});

describe("procedure editor", () => {
  let admin: Actor;
  const steps = (hours: number[]) =>
    hours.map((h, i) => ({
      name: `Bước ${i + 1}`,
      role: i === 0 ? "COUNTER_OFFICER" : "SPECIALIST",
      durationHours: String(h),
    }));

  it("workflow steps must fit in the legal time; the legal time cannot shrink below the steps", async () => {
    admin = await actorByPersonalId(PROVINCE_ADMIN);
    const before = await procedureState();
    await refused(
      saveProcedureSteps(admin, PROCEDURE, steps([4, 5])),
      "Tổng thời gian các bước (9 giờ làm việc) vượt thời hạn giải quyết của thủ tục (8 giờ làm việc, tính 8 giờ cho một ngày làm việc).",
      "steps",
    );
    await refused(
      saveProcedureSteps(admin, PROCEDURE, [{ name: "", role: "LEADER", durationHours: "1" }]),
      "Vui lòng nhập tên bước xử lý.",
      "0.name",
    );
    await refused(saveProcedureSteps(admin, PROCEDURE, []), "Quy trình cần ít nhất một bước xử lý.");
    expect(await procedureState()).toEqual(before);

    const lastChangeBefore = await db.procedure.findUniqueOrThrow({
      where: { code: PROCEDURE },
      select: { updatedAt: true, updatedById: true },
    });
    expect(lastChangeBefore.updatedById).toBeNull(); // seeded, and the refusals above recorded nothing
    await saveProcedureSteps(admin, PROCEDURE, steps([2, 6]));
    const lastChange = await db.procedure.findUniqueOrThrow({
      where: { code: PROCEDURE },
      select: { updatedAt: true, updatedById: true },
    });
    expect(lastChange.updatedById).toBe(admin.userId);
    expect(lastChange.updatedAt.getTime()).toBeGreaterThan(lastChangeBefore.updatedAt.getTime());
    expect((await procedureState()).workflowSteps).toMatchObject([
      { sortOrder: 1, name: "Bước 1", role: "COUNTER_OFFICER", durationHours: 2 },
      { sortOrder: 2, name: "Bước 2", role: "SPECIALIST", durationHours: 6 },
    ]);

    // Longer legal time online, then steps of 3 days; shrinking back to same-day is refused.
    const timing = (channel: string, amount: string, unit = "WORKING_DAYS") => ({
      channel,
      amount,
      unit,
      description: "",
    });
    await saveProcedureTimings(admin, PROCEDURE, [timing("COUNTER", "0"), timing("ONLINE", "3")]);
    await saveProcedureSteps(admin, PROCEDURE, steps([8, 16]));
    const saved = await procedureState();
    expect(saved.timings.map((t) => [t.channel, t.amount, t.unit])).toEqual([
      ["COUNTER", 0, "WORKING_DAYS"],
      ["ONLINE", 3, "WORKING_DAYS"],
    ]);
    await refused(
      saveProcedureTimings(admin, PROCEDURE, [timing("ONLINE", "2")]),
      /^Tổng thời gian các bước \(24 giờ làm việc\) vượt thời hạn giải quyết của thủ tục \(16 giờ làm việc.*Hãy rút ngắn các bước/,
      "timings",
    );
    await refused(
      saveProcedureTimings(admin, PROCEDURE, [timing("ONLINE", "0", "CALENDAR_DAYS")]),
      /^Thời hạn bằng 0 chỉ dùng cho thủ tục giải quyết trong ngày/,
    );
    await refused(
      saveProcedureTimings(admin, PROCEDURE, []),
      "Vui lòng khai báo thời hạn giải quyết cho ít nhất một kênh nộp hồ sơ.",
    );
    expect(await procedureState()).toEqual(saved);

    // Back to the seeded same-day time on every channel, for the other test files.
    await saveProcedureSteps(admin, PROCEDURE, steps([2, 6]));
    await saveProcedureTimings(
      admin,
      PROCEDURE,
      before.timings.map((t) => ({ ...t, amount: String(t.amount), description: t.description ?? "" })),
    );
    expect((await procedureState()).timings.map(({ id: _id, ...t }) => t)).toEqual(
      before.timings.map(({ id: _id, ...t }) => t),
    );
  });

  it("adds, edits and removes components and fees; refuses bad ones, storing nothing", async () => {
    const before = await procedureState();
    const component = {
      name: "Bản vẽ thử",
      copyType: "COPY",
      count: "2",
      required: false,
      paperAllowed: true,
      note: "",
      templateUrl: "",
    };
    const { id } = await saveProcedureComponent(admin, PROCEDURE, component);
    expect((await procedureState()).components.at(-1)).toMatchObject({
      id,
      name: "Bản vẽ thử",
      copyType: "COPY",
      count: 2,
      required: false,
      paperAllowed: true,
      sortOrder: before.components.length + 1,
    });
    await saveProcedureComponent(
      admin,
      PROCEDURE,
      { ...component, name: "Bản vẽ thử (sửa)", copyType: "CERTIFIED_COPY", required: true },
      id,
    );
    expect((await procedureState()).components.at(-1)).toMatchObject({
      id,
      name: "Bản vẽ thử (sửa)",
      copyType: "CERTIFIED_COPY",
      required: true,
    });
    await removeProcedureComponent(admin, PROCEDURE, id);

    const { id: feeId } = await saveProcedureFee(admin, PROCEDURE, {
      kind: "FEE",
      amountVnd: "50000",
      description: "Phí thử",
    });
    await removeProcedureFee(admin, PROCEDURE, feeId);
    expect(await procedureState()).toEqual(before);

    await refused(
      saveProcedureComponent(admin, PROCEDURE, { ...component, count: "0" }),
      "Số lượng phải từ 1 trở lên.",
      "count",
    );
    await refused(
      saveProcedureComponent(admin, PROCEDURE, { ...component, copyType: "SCAN" }),
      "Vui lòng chọn loại bản (bản chính, bản sao…).",
      "copyType",
    );
    await refused(
      saveProcedureComponent(admin, PROCEDURE, { ...component, templateUrl: "javascript:alert(1)" }),
      /^Đường dẫn mẫu đơn phải bắt đầu bằng https:\/\//,
      "templateUrl",
    );
    await refused(
      saveProcedureFee(admin, PROCEDURE, { kind: "CHARGE", amountVnd: "-5", description: "x" }),
      "Mức thu (đồng) phải là số nguyên không âm.",
      "amountVnd",
    );
    await refused(
      saveProcedureFee(admin, PROCEDURE, { kind: "CHARGE", amountVnd: "0", description: "" }),
      "Vui lòng nhập mô tả mức thu (đối tượng, căn cứ).",
      "description",
    );
    // Another procedure's component is not found through this one.
    const foreign = await db.documentComponent.findFirstOrThrow({ where: { procedure: { code: "1.001193" } } });
    await notFound(removeProcedureComponent(admin, PROCEDURE, foreign.id));
    expect(await procedureState()).toEqual(before);
  });

  it("keeps a component that dossiers have files for", async () => {
    await seedCompleteDraft(await seedCitizen());
    const used = await db.documentComponent.findFirstOrThrow({
      where: { procedure: { code: "1.001193" }, attachments: { some: {} } },
    });
    await refused(
      removeProcedureComponent(admin, "1.001193", used.id),
      /^Không xóa được thành phần hồ sơ này vì đã có hồ sơ nộp giấy tờ cho nó/,
    );
    expect(await db.documentComponent.findUnique({ where: { id: used.id } })).not.toBeNull();
  });

  it("takes an e-form definition only when valid, with each error located", async () => {
    const before = await procedureState();
    const bad = JSON.stringify({
      version: 1,
      sections: [
        {
          title: "A",
          fields: [
            { name: "x", label: "X", type: "select" },
            { name: "x", label: "Y", type: "text" },
          ],
        },
      ],
    });
    const error = await saveFormDefinition(admin, PROCEDURE, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AdminInputError);
    expect((error as AdminInputError).message).toBe("Tờ khai điện tử chưa hợp lệ (2 lỗi).");
    expect((error as AdminInputError).fieldErrors.formDefinition).toBe(
      'sections[0].fields[0].options: trường chọn (select) cần ít nhất một lựa chọn.\nsections[0].fields[1].name: tên trường "x" bị trùng (mỗi trường cần một tên riêng).',
    );
    await refused(
      saveFormDefinition(admin, PROCEDURE, "{"),
      /^Tờ khai điện tử chưa hợp lệ \(1 lỗi\)\.$/,
      "formDefinition",
    );
    expect(await procedureState()).toEqual(before);

    await saveFormDefinition(admin, PROCEDURE, JSON.stringify(before.formDefinition));
    expect((await procedureState()).formDefinition).toEqual(before.formDefinition);
  });

  it("publishes, unpublishes and sets personal presence", async () => {
    await setProcedurePublished(admin, PROCEDURE, false);
    expect((await procedureState()).published).toBe(false);
    await setProcedurePublished(admin, PROCEDURE, true);
    await saveProcedureSettings(admin, PROCEDURE, { requiresPersonalPresence: true, paymentBeforeProcessing: false });
    expect(await procedureState()).toMatchObject({ published: true, requiresPersonalPresence: true });
    await saveProcedureSettings(admin, PROCEDURE, { requiresPersonalPresence: false, paymentBeforeProcessing: false });
    await notFound(setProcedurePublished(admin, "9.999999", false));
  });

  it("is for province administrators only", async () => {
    const before = await procedureState();
    for (const who of [AGENCY_ADMIN, COMMUNE_OFFICER]) {
      const actor = await actorByPersonalId(who);
      await notFound(setProcedurePublished(actor, PROCEDURE, false));
      await notFound(saveProcedureSteps(actor, PROCEDURE, steps([1])));
      await notFound(saveFormDefinition(actor, PROCEDURE, "{}"));
      await notFound(saveProcedureFee(actor, PROCEDURE, { kind: "FEE", amountVnd: "1", description: "x" }));
    }
    expect(await procedureState()).toEqual(before);
  });
});
