import { idNumberHash } from "../../lib/crypto/personal-data";
import { describe, expect, it } from "vitest";
import { loadActor } from "../../lib/auth/actor";
import { db } from "../../lib/db";
import { loadWorkingCalendar } from "../../lib/deadlines/load-calendar";
import { assignSpecialist } from "../../lib/dossiers/commands/assign-specialist";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { takeStaffAction } from "../../lib/processing/take-staff-action";
import { draftDueReappointments, WARNING_TOPIC } from "../../lib/reappointments/commands/draft-due-reappointments";
import { ISSUED_TOPIC, issueReappointment } from "../../lib/reappointments/commands/issue-reappointment";
import { ONLY_ONCE } from "../../lib/reappointments/messages";
import { answerSupplement } from "../../lib/supplements/answer-supplement";
import { requestSupplement } from "../../lib/supplements/request-supplement";
import { mau04ForActor, staffReappointmentView } from "../../lib/reappointments/queries";
import { vietnamDateOf } from "../../lib/reappointments/rules";
import { actorByPersonalId, seedCitizen, seedCompleteDraft } from "../support/seed-helpers";

// The commune's one-stop staff and the Department of Construction's leader (seeded demo people).
const COUNTER = "072085100001";
const SPECIALIST = "072086100002";
const LEADER = "072075100003";
const PROVINCE_LEADER = "072072200003";

const DAY = 86_400_000;
const version = async (id: string) =>
  (await db.dossier.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const warnings = (dossierId: string) =>
  db.outboxMessage.findMany({
    where: { dossierId, topic: WARNING_TOPIC },
    select: { channel: true, recipient: true },
    orderBy: { channel: "asc" },
  });
/** Everything issuing may change, to prove that a refusal changed nothing. */
const snapshot = (id: string) =>
  db.dossier.findUniqueOrThrow({
    where: { id },
    select: {
      status: true,
      version: true,
      dueAt: true,
      deadlineWarnedAt: true,
      reappointment: true,
      _count: { select: { events: true, outbox: true } },
    },
  });

/** The due date of a dossier moved to a given instant (as if received long ago). */
const dueAt = (id: string, at: Date) => db.dossier.update({ where: { id }, data: { dueAt: at } });

/** A birth registration received at the counter, optionally assigned to the specialist (PROCESSING). */
async function openDossier({ assign = true } = {}) {
  const citizen = await seedCitizen("Người Chờ Kết Quả");
  const id = await seedCompleteDraft(citizen);
  await submitDossier(citizen, id);
  await takeStaffAction(await actorByPersonalId(COUNTER), id, "RECEIVE", { version: await version(id) });
  if (assign)
    await assignSpecialist(await actorByPersonalId(LEADER), id, {
      assigneeId: (await actorByPersonalId(SPECIALIST)).userId,
      version: await version(id),
    });
  // Due in an hour, whatever the time of day the test runs: the warning is due (a working day ahead).
  await dueAt(id, new Date(Date.now() + 3_600_000));
  return { id, citizen };
}

/** A valid form for a dossier: a new date some days after its current due date. */
async function validInput(id: string, days = 5) {
  const d = await db.dossier.findUniqueOrThrow({ where: { id }, select: { dueAt: true, version: true } });
  const base = Math.max(d.dueAt!.getTime(), Date.now());
  return {
    version: d.version,
    reason: "Cần xác minh thêm giấy chứng sinh với bệnh viện.",
    newDueDate: vietnamDateOf(new Date(base + days * DAY)),
  };
}

describe("the deadline scan", () => {
  // A Thursday of the seeded 2026 calendar, long past: only dossiers moved there are concerned.
  const due = new Date("2026-03-19T17:00:00+07:00");
  // The apology is due by Wednesday 18/3, so the warning starts when that day's office opens.
  const dayBefore = new Date("2026-03-18T06:59:00+07:00");
  const morning = new Date("2026-03-18T07:00:00+07:00");

  it("warns the assignee (else the leaders) and drafts the Mẫu 04 once; a re-run creates nothing", async () => {
    const assigned = await openDossier();
    const unassigned = await openDossier({ assign: false });
    const notYet = await openDossier();
    const waiting = await openDossier();
    await Promise.all([
      dueAt(assigned.id, due),
      dueAt(unassigned.id, due),
      dueAt(notYet.id, new Date(due.getTime() + 7 * DAY)),
      dueAt(waiting.id, due),
    ]);
    await db.dossier.update({ where: { id: waiting.id }, data: { status: "SUPPLEMENT_REQUESTED" } }); // the clock is stopped

    await draftDueReappointments(dayBefore); // the working day before, before 07:00: not yet
    expect(await db.reappointment.count({ where: { dossierId: { in: [assigned.id, unassigned.id] } } })).toBe(0);
    expect(await warnings(assigned.id)).toEqual([]);
    const first = await draftDueReappointments(morning);
    expect(first.warned).toBeGreaterThanOrEqual(2);

    const draft = await db.reappointment.findUniqueOrThrow({ where: { dossierId: assigned.id } });
    expect(draft).toMatchObject({ state: "DRAFT", previousDueAt: due, issuedAt: null, issuedById: null });
    expect(draft.newDueAt.getTime()).toBeGreaterThan(due.getTime());
    expect(draft.reason.length).toBeGreaterThan(5);
    const specialist = await db.user.findUniqueOrThrow({ where: { personalIdHash: idNumberHash(SPECIALIST) } });
    expect(await warnings(assigned.id)).toEqual([
      { channel: "EMAIL", recipient: specialist.email },
      { channel: "SMS", recipient: specialist.phone },
    ]);
    const leader = await db.user.findUniqueOrThrow({ where: { personalIdHash: idNumberHash(LEADER) } });
    expect((await warnings(unassigned.id)).map((m) => m.recipient)).toEqual([leader.email, leader.phone]);
    expect(await db.reappointment.count({ where: { dossierId: { in: [notYet.id, waiting.id] } } })).toBe(0);
    expect(await warnings(notYet.id)).toEqual([]);
    expect(await warnings(waiting.id)).toEqual([]);

    const before = await Promise.all([snapshot(assigned.id), snapshot(unassigned.id)]);
    expect(await draftDueReappointments(morning)).toEqual({ warned: 0, drafted: 0 });
    expect(await draftDueReappointments(new Date(due.getTime() + 3_600_000))).toEqual({ warned: 0, drafted: 0 }); // overdue now, but already warned
    expect(await Promise.all([snapshot(assigned.id), snapshot(unassigned.id)])).toEqual(before);
    expect(before[0].version).toBe(await version(assigned.id)); // the scan never makes the staff's open page stale

    // The leader confirms the drafted form (its new date now lies in the past: the leader picks another).
    expect(await staffReappointmentView(await actorByPersonalId(LEADER), unassigned.id)).toMatchObject({
      form: null,
      notYet: expect.stringContaining("Đang xử lý"),
    });
    const view = await staffReappointmentView(await actorByPersonalId(LEADER), assigned.id);
    expect(view?.warning?.kind).toBe("OVERDUE");
    expect(view?.form?.reason).toBe(draft.reason);
    await issueReappointment(await actorByPersonalId(LEADER), assigned.id, await validInput(assigned.id));
    const issued = await db.reappointment.findUniqueOrThrow({ where: { dossierId: assigned.id } });
    expect(issued).toMatchObject({ id: draft.id, state: "ISSUED", previousDueAt: due });

    // Before the new date the officer is warned again, that it cannot be moved a second time; the record stays.
    const beforeNewDate = new Date(issued.newDueAt.getTime() - 3_600_000);
    await draftDueReappointments(beforeNewDate);
    const again = await db.outboxMessage.findMany({
      where: { dossierId: assigned.id, topic: WARNING_TOPIC },
      orderBy: { createdAt: "asc" },
      select: { payload: true },
    });
    expect(again).toHaveLength(4);
    expect(again[3].payload).toMatchObject({
      reappointed: true,
      text: expect.stringContaining("Không được hẹn lại lần thứ hai"),
    });
    expect(await db.reappointment.findUniqueOrThrow({ where: { dossierId: assigned.id } })).toEqual(issued);
  });

  it("warns again when a supplement restarts the clock, refreshing the draft for the new due date", async () => {
    const { id, citizen } = await openDossier();
    await draftDueReappointments(new Date());
    const first = await db.reappointment.findUniqueOrThrow({ where: { dossierId: id } });
    const specialist = await actorByPersonalId(SPECIALIST);
    const component = await db.documentComponent.findFirstOrThrow({
      where: { procedure: { code: "1.001193" }, required: true },
    });
    await requestSupplement(specialist, id, {
      items: [{ componentId: component.id, reason: "Bản chụp bị mờ" }],
      version: await version(id),
    });
    const item = await db.supplementItem.findFirstOrThrow({ where: { request: { dossierId: id } } });
    await db.attachment.create({
      data: {
        dossierId: id,
        supplementItemId: item.id,
        fileName: "bo-sung.pdf",
        mimeType: "application/pdf",
        sizeBytes: 10,
        sha256: "0".repeat(64),
        storageKey: `bs-${id}`,
        uploadedById: citizen.userId,
      },
    });
    await answerSupplement(citizen, id, { version: await version(id) });
    const restarted = await db.dossier.findUniqueOrThrow({
      where: { id },
      select: { dueAt: true, deadlineWarnedAt: true },
    });
    expect(restarted.deadlineWarnedAt).toBeNull();

    await draftDueReappointments(new Date(restarted.dueAt!.getTime() - 60_000));
    expect(await db.reappointment.findUniqueOrThrow({ where: { dossierId: id } })).toMatchObject({
      id: first.id,
      state: "DRAFT",
      previousDueAt: restarted.dueAt,
    });
    expect(await warnings(id)).toHaveLength(4);
  });
});

describe("issuing the Mẫu 04", () => {
  it("moves the due date once, keeps the previous one, writes the event and tells the citizen on their channels", async () => {
    const { id, citizen } = await openDossier();
    const leader = await actorByPersonalId(LEADER);
    const old = (await db.dossier.findUniqueOrThrow({ where: { id } })).dueAt!;
    const input = await validInput(id);
    expect((await staffReappointmentView(leader, id))?.form).toBeTruthy(); // warned, nothing drafted yet: the form proposes a date

    const { newDueAt } = await issueReappointment({ ...leader, ip: "10.9.8.7" }, id, input);
    expect(newDueAt).toEqual((await loadWorkingCalendar(db)).endOfOfficeDay(input.newDueDate));
    const after = await db.dossier.findUniqueOrThrow({
      where: { id },
      select: { status: true, dueAt: true, version: true, deadlineWarnedAt: true },
    });
    expect(after).toMatchObject({
      status: "PROCESSING",
      dueAt: newDueAt,
      version: input.version + 1,
      deadlineWarnedAt: null,
    });
    expect(await db.reappointment.findUniqueOrThrow({ where: { dossierId: id } })).toMatchObject({
      state: "ISSUED",
      previousDueAt: old,
      newDueAt,
      reason: input.reason,
      issuedById: leader.userId,
    });
    const event = await db.dossierEvent.findFirstOrThrow({ where: { dossierId: id, action: "ISSUE_REAPPOINTMENT" } });
    expect(event).toMatchObject({
      actorId: leader.userId,
      ip: "10.9.8.7",
      fromStatus: "PROCESSING",
      toStatus: "PROCESSING",
    });
    expect(event.note).toContain(input.reason);
    const told = await db.outboxMessage.findMany({
      where: { dossierId: id, topic: ISSUED_TOPIC },
      select: { channel: true, recipient: true },
      orderBy: { channel: "asc" },
    });
    const user = await db.user.findUniqueOrThrow({ where: { id: citizen.userId } });
    expect(told).toEqual([
      { channel: "EMAIL", recipient: user.email },
      { channel: "SMS", recipient: user.phone },
    ]);

    // The form is gone; the PDF is there for the applicant and the agency, not for others.
    const view = await staffReappointmentView(leader, id);
    expect(view).toMatchObject({ form: null, issued: { newDueAt, reason: input.reason, issuedBy: leader.fullName } });
    await expect(mau04ForActor(citizen, id)).resolves.toMatchObject({
      newDueAt,
      previousDueAt: old,
      leaderName: leader.fullName,
    });
    await expect(mau04ForActor(await actorByPersonalId(COUNTER), id)).resolves.toMatchObject({ reason: input.reason });
    await expect(mau04ForActor(await seedCitizen(), id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(mau04ForActor(await actorByPersonalId(PROVINCE_LEADER), id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    // A second time is refused, whatever the date, and changes nothing.
    const before = await snapshot(id);
    await expect(issueReappointment(leader, id, { ...(await validInput(id, 10)) })).rejects.toMatchObject({
      code: "ALREADY_DONE",
      message: ONLY_ONCE,
    });
    expect(await snapshot(id)).toEqual(before);
  });

  it("is for the leader of the dossier's agency only; another agency's leader does not find it", async () => {
    const { id } = await openDossier();
    const input = await validInput(id);
    const before = await snapshot(id);
    for (const who of [SPECIALIST, COUNTER]) {
      await expect(issueReappointment(await actorByPersonalId(who), id, input), who).rejects.toMatchObject({
        code: "TRANSITION_NOT_ALLOWED",
      });
    }
    await expect(issueReappointment(await actorByPersonalId(PROVINCE_LEADER), id, input)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(issueReappointment(await seedCitizen(), id, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshot(id)).toEqual(before);
    expect((await staffReappointmentView(await actorByPersonalId(SPECIALIST), id))?.form).toBeNull(); // the warning only
    expect(await staffReappointmentView(await actorByPersonalId(PROVINCE_LEADER), id)).toBeNull();
  });

  it("refuses a bad reason or date with its message and stores nothing", async () => {
    const { id } = await openDossier();
    const leader = await actorByPersonalId(LEADER);
    // Due at the end of office hours, as receptions give it, so that the same day is not later.
    const current = (await loadWorkingCalendar(db)).endOfOfficeDay(vietnamDateOf(new Date(Date.now() + 2 * DAY)));
    await dueAt(id, current);
    const good = await validInput(id);
    const cases: [Partial<typeof good>, string | RegExp][] = [
      [{ reason: "   " }, "Vui lòng nêu rõ lý do chậm trả kết quả (ít nhất 5 ký tự)."],
      [{ reason: "x".repeat(2001) }, "Lý do tối đa 2000 ký tự."],
      [{ newDueDate: "" }, "Vui lòng chọn ngày hẹn trả kết quả mới."],
      [{ newDueDate: "2027-02-30" }, "Ngày hẹn trả kết quả mới không hợp lệ."],
      [{ newDueDate: vietnamDateOf(current) }, /^Ngày hẹn trả kết quả mới phải sau ngày hẹn trả kết quả hiện tại \(/],
      [{ newDueDate: "2026-01-05" }, /^Ngày hẹn trả kết quả mới phải sau ngày hẹn trả kết quả hiện tại/],
    ];
    const before = await snapshot(id);
    for (const [change, message] of cases) {
      await expect(issueReappointment(leader, id, { ...good, ...change }), String(message)).rejects.toMatchObject({
        code: "INVALID_INPUT",
        message,
      });
    }
    await expect(issueReappointment(leader, id, { ...good, version: good.version - 1 })).rejects.toMatchObject({
      code: "STALE_DOSSIER",
    });
    expect(await snapshot(id)).toEqual(before);
    expect(before.reappointment).toBeNull();

    // An overdue dossier: a date after the old due date that has also passed is refused as past.
    await dueAt(id, new Date(Date.now() - 10 * DAY));
    await expect(
      issueReappointment(leader, id, {
        ...(await validInput(id)),
        newDueDate: vietnamDateOf(new Date(Date.now() - 2 * DAY)),
      }),
    ).rejects.toMatchObject({
      message: "Ngày hẹn trả kết quả mới phải là một ngày trong tương lai.",
    });
    expect(await db.reappointment.count({ where: { dossierId: id } })).toBe(0);
  });

  it("of two leaders issuing at the same time, exactly one succeeds", async () => {
    const { id } = await openDossier();
    const agency = await db.dossier.findUniqueOrThrow({ where: { id }, select: { agencyId: true } });
    const deputy = await db.user.create({
      data: {
        oidcSubject: `vneid-pho-${id}`,
        fullName: "Phó Chủ Tịch Thử",
        memberships: { create: { agencyId: agency.agencyId, role: "LEADER" } },
      },
    });
    const input = await validInput(id);
    const results = await Promise.allSettled([
      issueReappointment(await actorByPersonalId(LEADER), id, input),
      issueReappointment((await loadActor(deputy.id))!, id, { ...input, reason: "Lý do của phó chủ tịch." }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused?.reason).toMatchObject({ message: ONLY_ONCE });
    expect(await db.dossierEvent.count({ where: { dossierId: id, action: "ISSUE_REAPPOINTMENT" } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { dossierId: id, topic: ISSUED_TOPIC } })).toBe(2);
  });
});
