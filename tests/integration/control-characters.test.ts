// Control characters (NUL and the other C0 codes, DEL) in anything a person submits are refused
// before a command runs, with the field's message, and nothing is stored
// (lib/forms/control-characters.ts, called by safeAction, the admin forms, runCommand and the API).
import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("../../lib/auth/actor", async (original) =>
  (await import("../support/signed-in-actor")).withSignedInActor(await original()),
);
// The accepted feedback below refreshes its pages; outside a request there are none to refresh.
vi.mock("next/cache", async (original) => ({ ...(await original<object>()), revalidatePath: () => {} }));
import { POST as postDossier } from "../../app/api/v1/dossiers/route";
import { saveCalendarDayAction } from "../../lib/admin/actions";
import { createApiKey } from "../../lib/api/keys";
import { db } from "../../lib/db";
import { sendFeedbackAction } from "../../lib/feedback/actions";
import { CONTROL_CHARACTERS_MESSAGE } from "../../lib/forms/control-characters";
import { issueReappointmentAction } from "../../lib/reappointments/actions";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { requestSupplementAction } from "../../lib/supplements/actions";
import { signedIn } from "../support/signed-in-actor";
import { actorByPersonalId, seedCitizen, seedCompleteDraft, validAnswers } from "../support/seed-helpers";

const COUNTER = "072085100001"; // counter officer of UBND phường Tân Ninh, the dossiers' agency
const LEADER = "072075100003"; // leader of the dossiers' agency (tests/integration/reappointments.test.ts)
const PROVINCE_ADMIN = "072083300002";
const MESSAGE = "Nội dung có ký tự điều khiển không hợp lệ (ví dụ ký tự NUL); vui lòng nhập lại.";

const form = (fields: Record<string, string | string[]>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) fd.append(k, one);
  return fd;
};

async function submitted() {
  const citizen = await seedCitizen();
  const id = await seedCompleteDraft(citizen);
  await submitDossier(citizen, id);
  return { citizen, id };
}

beforeEach(() => {
  signedIn.actor = null;
});

describe("control characters in submitted text", () => {
  it("is the e-forms' message", () => {
    expect(CONTROL_CHARACTERS_MESSAGE).toBe(MESSAGE);
  });

  it("a citizen's feedback with a NUL is refused next to its field, and nothing is stored", async () => {
    const { citizen, id } = await submitted();
    signedIn.actor = citizen;
    const before = await db.feedback.count({ where: { dossierId: id } });
    const state = await sendFeedbackAction(
      {},
      form({ dossierId: id, subject: "Hỏi về thời hạn", content: "Khi nào\u0000 có kết quả?" }),
    );
    expect(state).toEqual({ error: MESSAGE, fieldErrors: { content: MESSAGE } });
    expect(await db.feedback.count({ where: { dossierId: id } })).toBe(before);
    // Line breaks and tabs in a multi-line text are what people type, and are kept.
    expect(
      await sendFeedbackAction({}, form({ dossierId: id, subject: "Hỏi", content: "Dòng một\r\n\tDòng hai" })),
    ).toEqual({ ok: true });
    expect(await db.feedback.findFirst({ where: { dossierId: id }, select: { content: true } })).toEqual({
      content: "Dòng một\r\n\tDòng hai",
    });
  });

  it("a supplement request whose note (read by the command, not the schema) holds one is refused; nothing stored", async () => {
    const { id } = await submitted();
    signedIn.actor = await actorByPersonalId(COUNTER);
    const { version } = await db.dossier.findUniqueOrThrow({ where: { id }, select: { version: true } });
    const state = await requestSupplementAction(
      {},
      form({
        dossierId: id,
        version: String(version),
        otherLabel: "Giấy xác nhận cư trú",
        otherReason: "Cần để xác định nơi đăng ký",
        note: "Bổ sung trước thứ Sáu\u001b[2J",
      }),
    );
    expect(state).toEqual({ error: MESSAGE, fieldErrors: { note: MESSAGE } });
    expect(await db.supplementRequest.count({ where: { dossierId: id } })).toBe(0);
  });

  it("a staff form read by the action itself (Mẫu 04's reason) is refused with the field's message", async () => {
    const { id } = await submitted();
    signedIn.actor = await actorByPersonalId(LEADER);
    const state = await issueReappointmentAction(
      {},
      form({ dossierId: id, version: "1", reason: "Chờ\u0007 ý kiến", newDueDate: "2099-01-05" }),
    );
    expect(state).toMatchObject({ fieldErrors: { reason: MESSAGE } });
    expect(await db.reappointment.count({ where: { dossierId: id } })).toBe(0);
  });

  it("an administration form (holidays) is refused next to the field, giving back what was typed", async () => {
    signedIn.actor = await actorByPersonalId(PROVINCE_ADMIN);
    const name = "Nghỉ bù\u007f";
    const state = await saveCalendarDayAction(
      { seq: 3 },
      form({ date: "2099-09-03", kind: "HOLIDAY", name, originalDate: "" }),
    );
    expect(state).toEqual({
      seq: 4,
      error: MESSAGE,
      fieldErrors: { name: MESSAGE },
      values: { date: "2099-09-03", kind: "HOLIDAY", name, originalDate: "" },
    });
    expect(await db.calendarDay.count({ where: { date: new Date("2099-09-03") } })).toBe(0);
  });

  it("an API call gets 400 naming the field, and creates nothing", async () => {
    const admin = await actorByPersonalId(PROVINCE_ADMIN);
    const { key } = await createApiKey(admin, {
      name: "Cổng DVC quốc gia (ký tự điều khiển)",
      scopes: ["dossiers:create"],
      rateLimitPerMinute: 1000,
    });
    const before = await db.dossier.count();
    const response = await postDossier(
      new Request("http://localhost:3000/api/v1/dossiers", {
        method: "POST",
        headers: {
          authorization: `Bearer ${key}`,
          "content-type": "application/json",
          "idempotency-key": `idem-${Math.random().toString(36).slice(2)}`,
        },
        body: JSON.stringify({
          procedureCode: "1.001193",
          agencyCode: "000.21.01.H80",
          source: { system: "dichvucong.gov.vn", reference: "G22.99-control" },
          applicant: { personalId: "079099000111", fullName: "Trần\u0000Văn A" },
          form: await validAnswers("1.001193"),
          documents: [],
        }),
      }),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      status: 400,
      detail: "Nội dung yêu cầu có ký tự điều khiển; không có gì được lưu.",
      errors: [{ path: "applicant.fullName", message: MESSAGE }],
    });
    expect(await db.dossier.count()).toBe(before);
  });
});
