import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { getAttachmentForActor } from "../../lib/attachments/queries";
import { deleteAttachment, uploadAttachment } from "../../lib/attachments/upload-attachment";
import { db } from "../../lib/db";
import { saveDraftDelivery, saveDraftSection } from "../../lib/dossiers/commands/save-draft-form";
import { deleteDraft } from "../../lib/dossiers/commands/delete-draft";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { takeStaffAction } from "../../lib/processing/take-staff-action";
import { inboxQuerySchema, listInbox } from "../../lib/dossiers/inbox";
import { getDossierForActor, listMyDossiers } from "../../lib/dossiers/queries";
import { postalDesk } from "../../lib/postal/queries";
import { actorByPersonalId, seedCitizen, seedCompleteDraft } from "../support/seed-helpers";

const notFound = { code: "NOT_FOUND" };

describe("a citizen cannot reach another citizen's dossier", () => {
  it("gets 404 for the dossier, its files and every command on it", async () => {
    const owner = await seedCitizen("Chủ hồ sơ");
    const other = await seedCitizen("Người lạ");
    const id = await seedCompleteDraft(owner);
    const attachment = await db.attachment.findFirstOrThrow({ where: { dossierId: id } });

    await expect(getDossierForActor(other, id)).rejects.toMatchObject(notFound);
    await expect(getAttachmentForActor(other, attachment.id)).rejects.toMatchObject(notFound);
    await expect(saveDraftSection(other, id, 0, {})).rejects.toMatchObject(notFound);
    await expect(saveDraftDelivery(other, id, "COUNTER")).rejects.toMatchObject(notFound);
    await expect(deleteDraft(other, id)).rejects.toMatchObject(notFound);
    await expect(submitDossier(other, id)).rejects.toMatchObject(notFound);
    await expect(deleteAttachment(other, attachment.id)).rejects.toMatchObject(notFound);
    const upload = uploadAttachment(other, {
      dossierId: id,
      componentId: attachment.componentId!,
      fileName: "x.pdf",
      declaredBytes: 8,
      body: Readable.from([Buffer.from("%PDF-1.4")]),
    });
    await expect(upload).rejects.toMatchObject(notFound);
    await expect(takeStaffAction(other, id, "RECEIVE", { version: 0 })).rejects.toMatchObject(notFound);
    expect((await listMyDossiers(other)).items.map((d) => d.id)).not.toContain(id);

    // The owner still sees it, unchanged.
    await expect(getDossierForActor(owner, id)).resolves.toMatchObject({ id, status: "DRAFT", version: 0 });
    expect(await db.attachment.count({ where: { dossierId: id } })).toBeGreaterThan(0);
  });

  it("lets staff see only their own agency's submitted dossiers", async () => {
    const citizen = await seedCitizen();
    const id = await seedCompleteDraft(citizen); // to UBND phường Tân Ninh
    const communeOfficer = await actorByPersonalId("072085100001");
    const provinceOfficer = await actorByPersonalId("072087200001"); // Sở Xây dựng

    await expect(getDossierForActor(communeOfficer, id)).rejects.toMatchObject(notFound); // still a draft
    await submitDossier(citizen, id);
    await expect(getDossierForActor(communeOfficer, id)).resolves.toMatchObject({ id });
    await expect(getDossierForActor(provinceOfficer, id)).rejects.toMatchObject(notFound);
    expect(
      (await listInbox(provinceOfficer, inboxQuerySchema.parse({ view: "new" }))).items.map((d) => d.id),
    ).not.toContain(id);
    await expect(takeStaffAction(provinceOfficer, id, "RECEIVE", { version: 1 })).rejects.toMatchObject(notFound);
  });

  it("never opens a case file to a postal officer, not even of a dossier that travels by post", async () => {
    const citizen = await seedCitizen();
    const id = await seedCompleteDraft(citizen); // to UBND phường Tân Ninh
    await submitDossier(citizen, id);
    const postalOfficer = await actorByPersonalId("072091300001"); // serves UBND phường Tân Ninh
    const { agencyId } = await db.dossier.findUniqueOrThrow({ where: { id } });
    expect(postalOfficer.memberships.some((m) => m.role === "POSTAL_OFFICER" && m.agencyId === agencyId)).toBe(true);

    await expect(getDossierForActor(postalOfficer, id)).rejects.toMatchObject(notFound);
    expect(
      (await listInbox(postalOfficer, inboxQuerySchema.parse({ view: "new" }))).items.map((d) => d.id),
    ).not.toContain(id);
    const tracking = `RD${String(Date.now()).slice(-8)}0VN`;
    await db.shipment.create({
      data: {
        dossierId: id,
        agencyId,
        direction: "DOSSIER_TO_AGENCY",
        trackingNumber: tracking,
        zone: "SAME_COMMUNE",
        slip: {},
      },
    });
    // The post office works from its desk (shipments and hand-over records), not from the file.
    await expect(getDossierForActor(postalOfficer, id)).rejects.toMatchObject(notFound);
    const desk = await postalDesk(postalOfficer);
    expect(desk.flatMap((d) => d.inboundToPickUp).some((s) => s.trackingNumber === tracking)).toBe(true);
  });
});
