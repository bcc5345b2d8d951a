import { openIdNumberOrNull } from "../../lib/crypto/personal-data";
import { describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { db } from "../../lib/db";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { takeStaffAction } from "../../lib/processing/take-staff-action";
import { updateProfile } from "../../lib/profile/commands/update-profile";
import { getProfile } from "../../lib/profile/queries";
import type { ProfileInput } from "../../lib/profile/schemas";
import { actorByPersonalId, seedCitizen, seedCompleteDraft } from "../support/seed-helpers";

const COMMUNE_OFFICER = "072085100001"; // UBND phường Tân Ninh, the seeded dossiers' agency

const valid: ProfileInput = {
  contactPhone: "0987654321",
  contactEmail: "lienhe@example.vn",
  notifyByEmail: true,
  notifyBySms: true,
  language: "vi",
};

const userRow = (actor: Actor) => db.user.findUniqueOrThrow({ where: { id: actor.userId } });

async function submittedDossier(citizen: Actor) {
  const id = await seedCompleteDraft(citizen);
  await submitDossier(citizen, id);
  return id;
}

const notices = (dossierId: string, channel: "EMAIL" | "SMS") =>
  db.outboxMessage.findMany({
    where: { dossierId, channel },
    select: { recipient: true, topic: true },
    orderBy: { topic: "asc" },
  });

describe("the citizen's profile (/ho-so-ca-nhan)", () => {
  it("starts from the identity and the defaults, saves the preferences and reads them back", async () => {
    const citizen = await seedCitizen();
    const before = await getProfile(citizen);
    expect(before.preferences).toEqual({
      contactPhone: null,
      contactEmail: null,
      notifyByEmail: true,
      notifyBySms: true,
      language: "vi",
    });
    expect(before.identity).toMatchObject({
      fullName: citizen.fullName,
      personalId: citizen.personalId,
      phone: "0912345678",
    });

    await updateProfile(citizen, {
      contactPhone: " 0987 654 321 ",
      contactEmail: " lienhe@example.vn ",
      notifyByEmail: false,
      notifyBySms: true,
      language: "en",
    });
    const after = await getProfile(citizen);
    expect(after.preferences).toEqual({
      contactPhone: "0987654321",
      contactEmail: "lienhe@example.vn",
      notifyByEmail: false,
      notifyBySms: true,
      language: "en",
    });
    expect(after.identity).toEqual(before.identity); // the identity from VNeID is never touched
    expect(after.targets).toEqual({ email: null, phone: "0987654321" });

    // Emptied boxes clear the contact details: the identity's are used again.
    await updateProfile(citizen, {
      contactPhone: "",
      contactEmail: "  ",
      notifyByEmail: true,
      notifyBySms: true,
      language: "vi",
    });
    expect((await getProfile(citizen)).preferences).toMatchObject({ contactPhone: null, contactEmail: null });
    expect((await getProfile(citizen)).targets).toEqual({ email: before.identity.email, phone: "0912345678" });
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      "a phone that is not a mobile number",
      { contactPhone: "12345" },
      "Số điện thoại liên hệ phải là số di động gồm 10 chữ số, bắt đầu bằng 0 (ví dụ 0912345678).",
    ],
    [
      "a phone not starting with 0",
      { contactPhone: "9123456789" },
      "Số điện thoại liên hệ phải là số di động gồm 10 chữ số, bắt đầu bằng 0 (ví dụ 0912345678).",
    ],
    [
      "an e-mail address without @",
      { contactEmail: "abc" },
      "Thư điện tử liên hệ không hợp lệ (ví dụ: ten@example.vn).",
    ],
    ["a language the portal does not offer", { language: "fr" }, "Vui lòng chọn ngôn ngữ: Tiếng Việt hoặc English."],
    ["a tampered e-mail choice", { notifyByEmail: "yes" }, "Lựa chọn nhận thông báo qua thư điện tử không hợp lệ."],
    ["a tampered SMS choice", { notifyBySms: 1 }, "Lựa chọn nhận thông báo qua tin nhắn SMS không hợp lệ."],
    ["a missing SMS choice", { notifyBySms: undefined }, "Lựa chọn nhận thông báo qua tin nhắn SMS không hợp lệ."],
  ])("refuses %s with a clear message, storing nothing", async (_what, bad, message) => {
    const citizen = await seedCitizen();
    await updateProfile(citizen, valid);
    const before = await userRow(citizen);
    // Every other field is valid and different from what is stored: none of it may be saved either.
    const input = {
      contactPhone: "0911111111",
      contactEmail: "moi@example.vn",
      notifyByEmail: false,
      notifyBySms: false,
      language: "en",
      ...bad,
    };
    await expect(updateProfile(citizen, input as ProfileInput)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message,
    });
    expect(await userRow(citizen)).toEqual(before);
  });

  it("only ever changes the actor's own account, whatever ids the input carries", async () => {
    const citizen = await seedCitizen();
    const other = await seedCitizen();
    const otherBefore = await userRow(other);
    const input = {
      ...valid,
      contactPhone: "0900000001",
      id: other.userId,
      userId: other.userId,
      personalId: other.personalId,
      fullName: "Kẻ Mạo Danh",
    };
    await updateProfile(citizen, input as ProfileInput);
    expect(await userRow(other)).toEqual(otherBefore);
    const own = await userRow(citizen);
    expect(own).toMatchObject({ contactPhone: "0900000001", fullName: citizen.fullName });
    expect(openIdNumberOrNull(own.personalId)).toBe(citizen.personalId);
  });

  it("refuses a signed-in actor whose account no longer exists", async () => {
    const ghost: Actor = { userId: "khong-ton-tai", personalId: null, fullName: "Không Có", memberships: [] };
    await expect(getProfile(ghost)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateProfile(ghost, valid)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("dossier notifications follow the profile", () => {
  it("sends e-mail and SMS to the identity's details by default", async () => {
    const citizen = await seedCitizen();
    const { email } = await userRow(citizen);
    const id = await submittedDossier(citizen);
    expect(await notices(id, "EMAIL")).toEqual([{ recipient: email, topic: "dossier.submit" }]);
    expect(await notices(id, "SMS")).toEqual([{ recipient: "0912345678", topic: "dossier.submit" }]);
  });

  it("sends no e-mail when e-mail notifications are off, and the SMS to the contact phone", async () => {
    const citizen = await seedCitizen();
    await updateProfile(citizen, { ...valid, notifyByEmail: false, notifyBySms: true, contactPhone: "0987654321" });
    const id = await submittedDossier(citizen);
    expect(await notices(id, "EMAIL")).toEqual([]);
    expect(await notices(id, "SMS")).toEqual([{ recipient: "0987654321", topic: "dossier.submit" }]);
    expect(await db.outboxMessage.count({ where: { dossierId: id, channel: "NATIONAL_PORTAL" } })).toBe(1); // the national sync is not a preference
  });

  it("sends the e-mail to the contact address and no SMS when SMS is off, on later steps too", async () => {
    const citizen = await seedCitizen();
    await updateProfile(citizen, { ...valid, notifyBySms: false });
    const id = await submittedDossier(citizen);
    const officer = await actorByPersonalId(COMMUNE_OFFICER);
    await takeStaffAction(officer, id, "RECEIVE", { version: 1 });
    expect(await notices(id, "EMAIL")).toEqual([
      { recipient: "lienhe@example.vn", topic: "dossier.receive" },
      { recipient: "lienhe@example.vn", topic: "dossier.submit" },
    ]);
    expect(await notices(id, "SMS")).toEqual([]);
  });

  it("keeps e-mailing the dossier's address when the dossier has no applicant account", async () => {
    const citizen = await seedCitizen();
    const id = await submittedDossier(citizen);
    // As for a dossier filed at the counter for someone without an account.
    await db.dossier.update({ where: { id }, data: { applicantId: null, applicantEmail: "quaquay@example.vn" } });
    await takeStaffAction(await actorByPersonalId(COMMUNE_OFFICER), id, "RECEIVE", { version: 1 });
    const receive = { dossierId: id, topic: "dossier.receive" };
    expect(
      await db.outboxMessage.findMany({
        where: { ...receive, channel: { in: ["EMAIL", "SMS"] } },
        select: { channel: true, recipient: true },
      }),
    ).toEqual([{ channel: "EMAIL", recipient: "quaquay@example.vn" }]);
  });
});
