// A result the applicant asked to receive electronically is approved only with its PDF attached,
// or once an officer has recorded that it is issued on paper only and why; the applicant then
// reads where to collect the paper.
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { uploadResult } from "../../lib/attachments/upload-result";
import { db } from "../../lib/db";
import { recordPaperOnlyResult } from "../../lib/processing/record-paper-result";
import { getDossierForActor } from "../../lib/dossiers/queries";
import { fill } from "../../lib/i18n/locales";
import { vi } from "../../lib/i18n/vi";
import { takeStaffAction } from "../../lib/processing/take-staff-action";
import { actorByPersonalId, seedProcessingDossier } from "../support/seed-helpers";

const LEADER = "072075100003"; // Huỳnh Văn Giang, UBND phường Tân Ninh
const COUNTER = "072085100001";
const MISSING =
  "Người nộp đăng ký nhận kết quả bản điện tử nhưng hồ sơ chưa có tệp kết quả: hãy đính kèm tệp kết quả (PDF), hoặc ghi nhận kết quả chỉ cấp bản giấy và lý do, rồi phê duyệt.";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

const version = async (id: string) =>
  (await db.dossier.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

/** Processing, asked electronically (or not), the result proposed to the leader. */
async function proposed(resultDelivery: "ELECTRONIC" | "COUNTER") {
  const seeded = await seedProcessingDossier("Người Nhận Điện Tử");
  await db.dossier.update({ where: { id: seeded.id }, data: { resultDelivery } });
  await takeStaffAction(seeded.specialist, seeded.id, "PROPOSE_RESULT", {
    version: await version(seeded.id),
    note: "Đủ điều kiện.",
  });
  return seeded;
}

/** What an approval would change: compared before and after a refusal. */
const stateOf = async (id: string) => ({
  dossier: await db.dossier.findUniqueOrThrow({
    where: { id },
    select: {
      status: true,
      version: true,
      awaitingApproval: true,
      finishedAt: true,
      outcome: true,
      resultPaperOnlyReason: true,
    },
  }),
  events: await db.dossierEvent.count({ where: { dossierId: id } }),
  outbox: await db.outboxMessage.count({ where: { dossierId: id } }),
});

describe("approving a result asked for electronically", () => {
  it("is refused without the electronic result, in Vietnamese, storing nothing", async () => {
    const { id } = await proposed("ELECTRONIC");
    const leader = await actorByPersonalId(LEADER);
    const before = await stateOf(id);
    expect(before.dossier).toMatchObject({ status: "PROCESSING", awaitingApproval: true, finishedAt: null });
    await expect(takeStaffAction(leader, id, "APPROVE", { version: await version(id) })).rejects.toMatchObject({
      code: "TRANSITION_NOT_ALLOWED",
      message: MISSING,
    });
    expect(await stateOf(id)).toEqual(before);
  });

  it("goes through once the PDF is attached; the applicant reads a download link", async () => {
    const { id, specialist, citizen } = await proposed("ELECTRONIC");
    await uploadResult(specialist, {
      dossierId: id,
      fileName: "giay-khai-sinh.pdf",
      declaredBytes: PDF.length,
      body: Readable.from([PDF]),
    });
    const leader = await actorByPersonalId(LEADER);
    await takeStaffAction(leader, id, "APPROVE", { version: await version(id) });
    const seen = await getDossierForActor(citizen, id);
    expect(seen.status).toBe("RESOLVED");
    expect(seen.attachments.filter((a) => a.kind === "RESULT").map((a) => a.fileName)).toEqual(["giay-khai-sinh.pdf"]);
  });

  it("goes through once the officer records, with a reason, that the result is on paper only", async () => {
    const { id, specialist, citizen } = await proposed("ELECTRONIC");
    const leader = await actorByPersonalId(LEADER);
    const before = await stateOf(id);
    // No reason, the wrong officer, or the citizen: refused, nothing stored.
    await expect(
      recordPaperOnlyResult(specialist, id, { reason: "   ", version: before.dossier.version }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Vui lòng ghi rõ lý do kết quả chỉ cấp bản giấy.",
    });
    await expect(
      recordPaperOnlyResult(await actorByPersonalId(COUNTER), id, {
        reason: "Bản giấy",
        version: before.dossier.version,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      recordPaperOnlyResult(citizen, id, { reason: "Bản giấy", version: before.dossier.version }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await stateOf(id)).toEqual(before);

    const reason = "Trích lục khai sinh bản giấy có chữ ký tươi theo yêu cầu của người nộp.";
    await recordPaperOnlyResult(specialist, id, { reason: `  ${reason} `, version: before.dossier.version });
    await takeStaffAction(leader, id, "APPROVE", { version: await version(id) });
    const seen = await getDossierForActor(citizen, id);
    expect(seen).toMatchObject({ status: "RESOLVED", outcome: "GRANTED", resultPaperOnlyReason: reason });
    // What the result section (components/dossier/result-section.tsx) writes from these fields.
    expect(fill(vi.dossier.paperOnlyResult, { agency: (seen.receivingAgency ?? seen.agency).name })).toBe(
      "Kết quả được cấp bản giấy; nhận tại Bộ phận Một cửa của Ủy ban nhân dân phường Tân Ninh.",
    );
  });

  it("is refused to record paper only when the applicant did not ask for the electronic result", async () => {
    const { id, specialist } = await proposed("COUNTER");
    await expect(
      recordPaperOnlyResult(specialist, id, { reason: "Bản giấy", version: await version(id) }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message:
        "Người nộp không đăng ký nhận kết quả bản điện tử: kết quả bản giấy được trả theo cách người nộp đã chọn.",
    });
    // And such a dossier is approved without any file, as before.
    await takeStaffAction(await actorByPersonalId(LEADER), id, "APPROVE", { version: await version(id) });
    expect((await stateOf(id)).dossier.status).toBe("RESOLVED");
  });
});
