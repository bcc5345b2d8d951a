// Seed helpers for end-to-end tests, named after the state they create (documenso's
// seedReceivedDossier()). They write straight to the e2e database for states whose UI path
// another test already covers, so each test exercises only its own journey.
import { randomUUID } from "node:crypto";
import { createPrismaClient } from "../../lib/db/create-client";
import { E2E } from "../e2e-env";
import { applicantPersonalIdColumns, userWithPersonalId } from "./personal-id";

const db = createPrismaClient(E2E.databaseUrl(), 2);

type Seeded = { id: string; code: string };

/**
 * A code no other seeded dossier has: the real daily counter (DossierCodeCounter, one atomic
 * upsert) on a day that never comes, so seeded codes neither collide with each other (a random
 * suffix did, now and then) nor with the codes the app itself gives today.
 */
export async function seedDossierCode(agency: { id: string; code: string }, day = "991231"): Promise<string> {
  const rows = await db.$queryRaw<{ lastValue: number }[]>`
    INSERT INTO "DossierCodeCounter" ("agencyId", "day", "lastValue") VALUES (${agency.id}, ${day}, 1)
    ON CONFLICT ("agencyId", "day") DO UPDATE SET "lastValue" = "DossierCodeCounter"."lastValue" + 1
    RETURNING "lastValue"`;
  return `${agency.code}-${day}-${String(rows[0].lastValue).padStart(4, "0")}`;
}

/** A birth registration filed online by the signed-in citizen, with one file per required component. */
export async function seedSubmittedDossier(
  personalId: string,
  status: "SUBMITTED" | "RESOLVED" = "SUBMITTED",
): Promise<Seeded> {
  const user = await db.user.findUniqueOrThrow({ where: userWithPersonalId(personalId) });
  const procedure = await db.procedure.findUniqueOrThrow({
    where: { code: "1.001193" },
    select: { id: true, components: { where: { required: true }, select: { id: true } } },
  });
  const agency = await db.agency.findUniqueOrThrow({ where: { code: "000.21.01.H80" } });
  const code = await seedDossierCode(agency);
  const now = new Date();
  const dossier = await db.dossier.create({
    data: {
      code,
      procedureId: procedure.id,
      agencyId: agency.id,
      receivingAgencyId: agency.id,
      status,
      channel: "ONLINE",
      applicantId: user.id,
      ...applicantPersonalIdColumns(personalId),
      applicantName: user.fullName,
      applicantNameSearch: user.fullName.toLowerCase(),
      applicantEmail: user.email,
      submittedAt: now,
      version: 1,
      finishedAt: status === "RESOLVED" ? now : null,
      events: { create: { action: "SUBMIT", fromStatus: "DRAFT", toStatus: "SUBMITTED", actorId: user.id } },
      attachments: {
        create: procedure.components.map((c) => ({
          componentId: c.id,
          fileName: `giay-to-da-nop-${c.id.slice(-4)}.pdf`,
          mimeType: "application/pdf",
          sizeBytes: 682,
          sha256: "0".repeat(64),
          storageKey: randomUUID().replace(/-/g, ""),
          uploadedById: user.id,
        })),
      },
    },
  });
  return { id: dossier.id, code };
}

/** The same dossier received and being processed by UBND phường Tân Ninh, due in two hours: the deadline warning is due. */
export async function seedDossierDueSoon(personalId: string): Promise<Seeded> {
  const seeded = await seedSubmittedDossier(personalId);
  const now = Date.now();
  await db.dossier.update({
    where: { id: seeded.id },
    data: {
      status: "PROCESSING",
      receivedAt: new Date(now - 3_600_000),
      dueAt: new Date(now + 2 * 3_600_000),
      version: 2,
    },
  });
  return seeded;
}

/**
 * The same dossier already received, on the dates the test chooses (shown in the inbox as the
 * test writes them), the applicant having asked for the result in the way given.
 */
export async function seedReceivedDossier(
  personalId: string,
  dates: { receivedAt: Date; dueAt: Date },
  resultDelivery: "ELECTRONIC" | "COUNTER" = "ELECTRONIC",
): Promise<Seeded> {
  const seeded = await seedSubmittedDossier(personalId);
  await db.dossier.update({
    where: { id: seeded.id },
    data: { status: "RECEIVED", receivedAt: dates.receivedAt, dueAt: dates.dueAt, resultDelivery, version: 2 },
  });
  return seeded;
}
