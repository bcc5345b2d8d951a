import { PDFDict, PDFDocument, PDFName, PDFString } from "pdf-lib";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as mau01 } from "../../app/api/dossiers/[id]/mau-01/route";
import { GET as mau02 } from "../../app/api/dossiers/[id]/mau-02/route";
import { GET as mau03 } from "../../app/api/dossiers/[id]/mau-03/route";
import { GET as mau05 } from "../../app/api/dossiers/[id]/mau-05/route";
import { GET as stopNotice } from "../../app/api/dossiers/[id]/dung-xu-ly/route";
import { GET as handover } from "../../app/api/dossiers/[id]/giao-ket-qua/route";
import type { Actor } from "../../lib/auth/actor";
import { db } from "../../lib/db";
import { assignSpecialist } from "../../lib/dossiers/commands/assign-specialist";
import { returnResultAtCounter } from "../../lib/dossiers/commands/return-result";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { takeStaffAction } from "../../lib/processing/take-staff-action";
import { env } from "../../lib/env";
import { extractText, normalizedText } from "../../lib/pdf/test-fixtures";
import { requestSupplement } from "../../lib/supplements/request-supplement";
import { actorByPersonalId, seedCitizen, seedCompleteDraft } from "../support/seed-helpers";
import { signedIn } from "../support/signed-in-actor";

vi.mock("../../lib/auth/actor", async (original) =>
  (await import("../support/signed-in-actor")).withSignedInActor(await original()),
);

const COUNTER = "072085100001"; // UBND phường Tân Ninh
const SPECIALIST = "072086100002";
const LEADER = "072075100003";
const OTHER_AGENCY = "072087200001"; // Sở Xây dựng

type Route = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;
async function call(route: Route, as: Actor | null, id: string) {
  signedIn.actor = as;
  return route(new Request(`http://localhost:3000/api/dossiers/${id}/form`), { params: Promise.resolve({ id }) });
}
const version = async (id: string) =>
  (await db.dossier.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

async function submitted() {
  const citizen = await seedCitizen("Người Nộp Phiếu");
  const id = await seedCompleteDraft(citizen);
  const { code } = await submitDossier(citizen, id);
  return { citizen, id, code };
}
async function received() {
  const d = await submitted();
  await takeStaffAction(await actorByPersonalId(COUNTER), d.id, "RECEIVE", { version: await version(d.id) });
  return d;
}

let people: { counter: Actor; specialist: Actor; leader: Actor; otherAgency: Actor; stranger: Actor };
beforeAll(async () => {
  const [counter, specialist, leader, otherAgency, stranger] = await Promise.all([
    actorByPersonalId(COUNTER),
    actorByPersonalId(SPECIALIST),
    actorByPersonalId(LEADER),
    actorByPersonalId(OTHER_AGENCY),
    seedCitizen("Người Lạ"),
  ]);
  people = { counter, specialist, leader, otherAgency, stranger };
});

/** The PDF's text (null without poppler) and the URI of its first-page link (the QR code). */
async function read(res: Response) {
  expect(res.status).toBe(200);
  expect(res.headers.get("Content-Type")).toBe("application/pdf");
  expect(res.headers.get("Cache-Control")).toBe("private, no-store");
  const pdf = new Uint8Array(await res.arrayBuffer());
  const page = (await PDFDocument.load(pdf)).getPage(0);
  expect(page.getSize().width).toBeCloseTo(419.53, 2); // A5
  const [annot] = page.node
    .Annots()!
    .asArray()
    .map((ref) => page.doc.context.lookup(ref, PDFDict));
  const uri = annot.lookup(PDFName.of("A"), PDFDict).lookup(PDFName.of("URI"), PDFString).decodeText();
  const raw = extractText(pdf);
  return { text: raw === null ? null : normalizedText(raw), uri };
}

/** A cell's words in reading order, with other cells' words between them where the cell wraps:
 *  pdftotext reads a table row line by line across all its cells, so wrapping depends on the
 *  lengths of the other cells (the clock's time among them). */
function wrappedInCell(phrase: string): RegExp {
  return new RegExp(phrase.split(" ").join("(?:\\s+\\S+){0,12}?\\s+"));
}

async function expectNotFound(route: Route, as: Actor, id: string) {
  const res = await call(route, as, id);
  expect(res.status).toBe(404);
  expect(await res.json()).toMatchObject({ code: "NOT_FOUND" });
}

async function expectOnlyInvolved(route: Route, id: string, owner: Actor, { forApplicant = true } = {}) {
  if (forApplicant) await read(await call(route, owner, id));
  else await expectNotFound(route, owner, id);
  await expectNotFound(route, people.stranger, id);
  await expectNotFound(route, people.otherAgency, id);
  expect((await call(route, null, id)).status).toBe(401);
}

describe("the legal forms of a dossier (PDF routes)", () => {
  it("Mẫu 01 and Mẫu 05 once received; Mẫu 05 for the agency's staff only; the QR code points to the public lookup", async () => {
    const early = await submitted();
    await expectNotFound(mau01, early.citizen, early.id);
    await expectNotFound(mau05, people.counter, early.id);

    const { citizen, id, code } = await received();
    await assignSpecialist(people.leader, id, {
      assigneeId: people.specialist.userId,
      version: await version(id),
      note: "Xử lý trong ngày",
    });
    const lookup = `${env.NEXTAUTH_URL.replace(/\/$/, "")}/tra-cuu?ma=${code}`;
    for (const route of [mau01, mau05]) {
      const { uri } = await read(await call(route, people.counter, id));
      expect(uri).toBe(lookup);
    }
    expect((await read(await call(mau01, citizen, id))).uri).toBe(lookup);
    await expectOnlyInvolved(mau01, id, citizen);
    await expectOnlyInvolved(mau05, id, citizen, { forApplicant: false });

    const slip = await read(await call(mau05, people.specialist, id));
    if (slip.text !== null) {
      expect(slip.text).toContain("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ");
      expect(slip.text).toContain(`Mã hồ sơ: ${code}`);
      // Names wrap in the narrow column: the first two words stay on the "Giao:" line.
      for (const who of [people.counter.fullName, people.leader.fullName])
        expect(slip.text).toContain(`Giao: ${who.split(" ").slice(0, 2).join(" ")}`);
      expect(slip.text).toMatch(/Trước hạn|Đúng hạn/); // the assignment ended the leader's step in time
      expect(slip.text).toMatch(wrappedInCell("Xử lý trong ngày"));
    }
  });

  it("Mẫu 02 lists each item asked with its reason, once a supplement was requested", async () => {
    const { citizen, id } = await submitted();
    await expectNotFound(mau02, citizen, id);
    await requestSupplement(people.counter, id, {
      version: await version(id),
      items: [{ label: "Giấy chứng sinh bản chính", reason: "Bản chụp bị mờ, không đọc được" }],
      note: "Nộp lại trong 05 ngày",
    });
    await expectOnlyInvolved(mau02, id, citizen);
    const { text } = await read(await call(mau02, people.counter, id));
    if (text !== null) {
      for (const phrase of [
        "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
        "Giấy chứng sinh bản",
        "Bản chụp bị mờ",
        "Ghi chú: Nộp lại trong 05 ngày",
        people.counter.fullName,
      ]) {
        expect(text).toContain(phrase);
      }
    }
  });

  it("Mẫu 03 carries the refusal's reasons", async () => {
    const { citizen, id } = await submitted();
    await expectNotFound(mau03, people.counter, id);
    await takeStaffAction(people.counter, id, "REFUSE_RECEPTION", {
      version: await version(id),
      note: "Thủ tục không thuộc thẩm quyền của phường",
    });
    await expectOnlyInvolved(mau03, id, citizen);
    const { text } = await read(await call(mau03, citizen, id));
    if (text !== null) {
      expect(text).toContain("thông báo không tiếp nhận hồ sơ này với lý do cụ thể như sau:");
      expect(text).toContain("Thủ tục không thuộc thẩm quyền của phường");
    }
  });

  it("the stop notice gives the leader's reason", async () => {
    const { citizen, id } = await received();
    await expectNotFound(stopNotice, citizen, id);
    await takeStaffAction(people.leader, id, "STOP", {
      version: await version(id),
      note: "Có tranh chấp đang được tòa án giải quyết",
    });
    await expectOnlyInvolved(stopNotice, id, citizen);
    const { text } = await read(await call(stopNotice, people.counter, id));
    if (text !== null) {
      expect(text).toContain("THÔNG BÁO DỪNG XỬ LÝ HỒ SƠ");
      expect(text).toContain("Có tranh chấp đang được tòa án giải quyết");
      expect(text).toContain(people.leader.fullName);
    }
  });

  it("the hand-over slip names the recipient and the identity number checked at the counter", async () => {
    const { citizen, id } = await received();
    await assignSpecialist(people.leader, id, { assigneeId: people.specialist.userId, version: await version(id) });
    await takeStaffAction(people.specialist, id, "PROPOSE_RESULT", {
      version: await version(id),
      note: "Đủ điều kiện",
    });
    await takeStaffAction(people.leader, id, "APPROVE", { version: await version(id) });
    await expectNotFound(handover, citizen, id);
    await returnResultAtCounter(people.counter, id, {
      version: await version(id),
      recipientPersonalId: citizen.personalId!,
      recipientName: citizen.fullName,
    });
    await expectOnlyInvolved(handover, id, citizen);
    const { text } = await read(await call(handover, citizen, id));
    if (text !== null) {
      expect(text).toContain(`Người nhận kết quả: ${citizen.fullName}`);
      expect(text).toContain(`Số định danh cá nhân đã kiểm tra: ${citizen.personalId}`);
      expect(text).toContain(`Người trả kết quả: ${people.counter.fullName}`);
    }
  });

  describe("the time limit and the applicant's address (issue 25: both were left blank)", () => {
    const DECLARED = "Số 45, đường 30 Tháng 4, khu phố 1, phường Tân Ninh, tỉnh Tây Ninh";
    /** A dossier whose only known address is the one given: in the e-form, or for the post. */
    async function withAddress(procedureCode: string, address: { declared: string } | { postalStreet: string }) {
      const citizen = await seedCitizen("Người Có Địa Chỉ");
      const id = await seedCompleteDraft(citizen, procedureCode);
      const form = (await db.dossier.findUniqueOrThrow({ where: { id }, select: { formData: true } })).formData;
      const declared = "declared" in address ? address.declared : "";
      await db.dossier.update({
        where: { id },
        data: { applicantAddress: null, formData: { ...(form as object), applicantAddress: declared } },
      });
      if ("postalStreet" in address) {
        await db.postalChoice.create({
          data: {
            dossierId: id,
            resultByPost: true,
            dossierByPost: false,
            provinceCode: "80",
            communeCode: "25459",
            street: address.postalStreet,
            recipientName: "Người Có Địa Chỉ",
            recipientPhone: "0912000001",
            zone: "SAME_COMMUNE",
            weightGrams: 100,
            postageVnd: 15_000,
            quotedAt: new Date(),
          },
        });
      }
      const { code } = await submitDossier(citizen, id);
      return { citizen, id, code };
    }

    it("Mẫu 01 states the online time of 04 working hours and the address declared in the e-form", async () => {
      // Cấp bản sao trích lục hộ tịch: same day at the counter, 04 working hours online (seed).
      const { id } = await withAddress("2.000635", { declared: DECLARED });
      await takeStaffAction(people.counter, id, "RECEIVE", { version: await version(id) });
      const { text } = await read(await call(mau01, people.counter, id));
      expect(text).not.toBeNull();
      expect(text).toContain("3. Thời gian giải quyết hồ sơ theo quy định là: 04 giờ làm việc");
      expect(text).toContain(`Địa chỉ: ${DECLARED}`);
    });

    it("Mẫu 01 of a same-day procedure, Mẫu 02 and Mẫu 03 print the postal address when it is the only one", async () => {
      const street = "Số 7, hẻm 12, đường Trưng Nữ Vương";
      const postal = `Địa chỉ: ${street}, Phường Tân Ninh, Tỉnh Tây Ninh`;

      const a = await withAddress("1.001193", { postalStreet: street });
      await requestSupplement(people.counter, a.id, {
        version: await version(a.id),
        items: [{ label: "Giấy chứng sinh bản chính", reason: "Bản chụp bị mờ" }],
      });
      expect((await read(await call(mau02, a.citizen, a.id))).text).toContain(postal);

      const b = await withAddress("1.001193", { postalStreet: street });
      await takeStaffAction(people.counter, b.id, "REFUSE_RECEPTION", {
        version: await version(b.id),
        note: "Thủ tục không thuộc thẩm quyền của phường",
      });
      expect((await read(await call(mau03, b.citizen, b.id))).text).toContain(postal);

      const c = await withAddress("1.001193", { postalStreet: street });
      await takeStaffAction(people.counter, c.id, "RECEIVE", { version: await version(c.id) });
      const receipt = (await read(await call(mau01, c.citizen, c.id))).text;
      expect(receipt).toContain(postal);
      expect(receipt).toContain("3. Thời gian giải quyết hồ sơ theo quy định là: Trong ngày làm việc");
    });
  });
});
