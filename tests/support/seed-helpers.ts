// Helpers named after the state they create (documenso's seedReceivedDossier()), shared by
// the integration tests. They write through the same client the app uses.
import { randomInt, randomUUID } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { loadActor, type Actor } from "../../lib/auth/actor";
import { idNumberHash, sealIdNumber } from "../../lib/crypto/personal-data";
import { db } from "../../lib/db";
import { createDraft } from "../../lib/dossiers/commands/create-draft";
import { formDefinitionSchema } from "../../lib/forms/definition";
import { takeStaffAction } from "../../lib/processing/take-staff-action";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { allFields } from "../../lib/forms/to-zod";
import { toSearchText } from "../../lib/text/normalize";

let counter = 0;

/** A user's ID number as the portal stores it: sealed, with its lookup hash (lib/crypto/personal-data.ts). */
export function sealedPersonalId(personalId: string) {
  const { sealed, hash } = sealIdNumber(personalId);
  return { personalId: sealed, personalIdHash: hash };
}

/** A dossier's applicant ID number as the portal stores it, for rows written directly. */
export function sealedApplicantPersonalId(personalId: string) {
  const { sealed, hash } = sealIdNumber(personalId);
  return { applicantPersonalId: sealed, applicantPersonalIdHash: hash };
}

export async function seedCitizen(name = "Công Dân Thử"): Promise<Actor> {
  counter += 1;
  // Test files run in parallel workers, each with its own counter: a random part keeps their
  // citizens apart (a time-based one collided when two workers seeded in the same millisecond).
  const personalId = `099${String(randomInt(1_000_000)).padStart(6, "0")}${String(counter % 1000).padStart(3, "0")}`;
  const user = await db.user.create({
    data: {
      oidcSubject: `vneid-${personalId}`,
      ...sealedPersonalId(personalId),
      fullName: `${name} ${counter}`,
      email: `cd${counter}@example.vn`,
      phone: "0912345678",
    },
  });
  return (await loadActor(user.id))!;
}

/** The actor of a seeded person who has just signed in (at level 2). */
export async function actorByPersonalId(personalId: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({
    where: { personalIdHash: idNumberHash(personalId) },
    select: { id: true },
  });
  // As a person who has just signed in at level 2: administrative changes ask for a recent
  // sign-in (lib/auth/step-up.ts). tests/integration/sessions.test.ts signs in for real.
  return { ...(await loadActor(user.id))!, session: { id: "signed-in-just-now", acr: "LoA2", authTime: new Date() } };
}

/** A valid answer for every field of the procedure's e-form. */
export async function validAnswers(procedureCode: string): Promise<Record<string, string>> {
  const p = await db.procedure.findUniqueOrThrow({ where: { code: procedureCode }, select: { formDefinition: true } });
  const sample: Record<string, string> = {
    personalId: "072090000001",
    phone: "0912000001",
    email: "a@example.vn",
    date: "2026-01-15",
    number: "1",
  };
  return Object.fromEntries(
    allFields(formDefinitionSchema.parse(p.formDefinition)).map((f) => [
      f.name,
      f.type === "select" ? f.options![0].value : (sample[f.type] ?? `Giá trị ${f.label}`.slice(0, f.maxLength ?? 200)),
    ]),
  );
}

/** A draft whose form is complete and whose required components each have a (metadata-only) file. */
export async function seedCompleteDraft(actor: Actor, procedureCode = "1.001193", agencyCode = "000.21.01.H80") {
  const agency = await db.agency.findUniqueOrThrow({ where: { code: agencyCode }, select: { id: true } });
  const id = await createDraft(actor, { procedureCode, agencyId: agency.id });
  const components = await db.documentComponent.findMany({
    where: { procedure: { code: procedureCode }, required: true },
    select: { id: true },
  });
  await db.dossier.update({ where: { id }, data: { formData: await validAnswers(procedureCode) } });
  await db.attachment.createMany({
    data: components.map((c) => ({
      dossierId: id,
      componentId: c.id,
      fileName: "giay-to.pdf",
      mimeType: "application/pdf",
      sizeBytes: 1000,
      sha256: "0".repeat(64),
      storageKey: randomUUID(),
      uploadedById: actor.userId,
    })),
  });
  return id;
}

/** A fresh citizen's draft of Đăng ký khai sinh and one of its required components, ready for uploads. */
export async function seedDraftWithComponent() {
  const citizen = await seedCitizen();
  const agency = await db.agency.findUniqueOrThrow({ where: { code: "000.21.01.H80" } });
  const dossierId = await createDraft(citizen, { procedureCode: "1.001193", agencyId: agency.id });
  const component = await db.documentComponent.findFirstOrThrow({
    where: { procedure: { code: "1.001193" }, required: true },
  });
  return { citizen, dossierId, componentId: component.id };
}

/**
 * A citizen's dossier received at the counter of UBND phường Tân Ninh and being processed by its
 * specialist (who may attach the result or ask other agencies' opinions).
 */
export async function seedProcessingDossier(name = "Người Chờ Kết Quả") {
  const citizen = await seedCitizen(name);
  const id = await seedCompleteDraft(citizen);
  await submitDossier(citizen, id);
  await takeStaffAction(await actorByPersonalId("072085100001"), id, "RECEIVE", { version: 1 });
  const specialist = await actorByPersonalId("072086100002");
  await takeStaffAction(specialist, id, "START_PROCESSING", { version: 2 });
  return { citizen, id, specialist };
}

/** Every file under STORAGE_DIR, to prove that a refused upload left nothing behind. */
export function storedFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name));
      else out.push(path.join(dir, e.name));
    }
  };
  walk(path.resolve(process.env.STORAGE_DIR!));
  return out.sort();
}

export { toSearchText };
