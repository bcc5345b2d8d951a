import { PDFDocument } from "pdf-lib";
import { describe, expect, it, vi } from "vitest";
import { GET } from "../../app/api/dossiers/[id]/receipt/route";
import type { Actor } from "../../lib/auth/actor";
import { db } from "../../lib/db";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { extractText, normalizedText } from "../../lib/pdf/test-fixtures";
import { actorByPersonalId, seedCitizen, seedCompleteDraft } from "../support/seed-helpers";
import { signedIn } from "../support/signed-in-actor";

vi.mock("../../lib/auth/actor", async (original) =>
  (await import("../support/signed-in-actor")).withSignedInActor(await original()),
);

async function receipt(as: Actor | null, id: string) {
  signedIn.actor = as;
  return GET(new Request(`http://localhost:3000/api/dossiers/${id}/receipt`), { params: Promise.resolve({ id }) });
}

async function submitted() {
  const owner = await seedCitizen("Nguyễn Thị Hồng Nhung");
  const id = await seedCompleteDraft(owner);
  const { code } = await submitDossier(owner, id);
  return { owner, id, code };
}

describe("GET /api/dossiers/[id]/receipt", () => {
  it("gives the owner the online-submission receipt as an inline, uncached PDF", async () => {
    const { owner, id, code } = await submitted();
    const res = await receipt(owner, id);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/pdf");
    expect(res.headers.get("Content-Disposition")).toBe(
      `inline; filename="phieu-xac-nhan-${code}.pdf"; filename*=UTF-8''phieu-xac-nhan-${code}.pdf`,
    );
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(res.headers.get("Cache-Control")).toBe("private, no-store");
    const pdf = new Uint8Array(await res.arrayBuffer());
    expect(res.headers.get("Content-Length")).toBe(String(pdf.byteLength));
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPage(0).getSize().width).toBeCloseTo(419.53, 2);

    const text = extractText(pdf);
    if (text !== null) {
      const seen = normalizedText(text);
      expect(seen).toContain(`Mã hồ sơ: ${code}`);
      expect(seen).toContain(owner.fullName);
      expect(seen).toContain("Đăng ký khai sinh");
      expect(seen).toContain(`/tra-cuu?ma=${code}`);
    }
  });

  it("lets staff of the receiving agency print it too", async () => {
    const { id } = await submitted();
    const res = await receipt(await actorByPersonalId("072085100001"), id); // counter officer, UBND phường Tân Ninh
    expect(res.status).toBe(200);
  });

  it("answers 404, with no PDF, for another citizen, other agencies' staff, drafts and unknown ids", async () => {
    const { id } = await submitted();
    const stranger = await seedCitizen("Người lạ");
    const draftOwner = await seedCitizen();
    const draftId = await seedCompleteDraft(draftOwner);
    const otherAgency = await actorByPersonalId("072087200001"); // Sở Xây dựng

    for (const [actor, dossierId] of [
      [stranger, id],
      [otherAgency, id],
      [draftOwner, draftId],
      [draftOwner, "khong-ton-tai"],
    ] as const) {
      const res = await receipt(actor, dossierId);
      expect(res.status).toBe(404);
      expect(res.headers.get("Content-Type")).toContain("application/json");
      expect(await res.json()).toMatchObject({ code: "NOT_FOUND" });
    }
    expect(
      await db.dossier.findUniqueOrThrow({ where: { id: draftId }, select: { status: true, code: true } }),
    ).toEqual({ status: "DRAFT", code: null });
  });

  it("asks an anonymous caller to sign in", async () => {
    const { id } = await submitted();
    const res = await receipt(null, id);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
