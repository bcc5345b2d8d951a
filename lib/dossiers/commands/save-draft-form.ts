import "server-only";
import type { Actor } from "../../auth/actor";
import { db } from "../../db";
import { AppError, notFound } from "../../errors";
import { formDefinitionSchema } from "../../forms/definition";
import { fieldErrorsOf, type FieldErrors } from "../../forms/field-errors";
import { fieldError } from "../../forms/input-error";
import { sectionSchemaFor } from "../../forms/to-zod";
import { withVerifiedIdentity } from "../../forms/verified-identity";
import { assertDeliveryAllowed, isResultDelivery } from "../delivery-rules";

async function loadDraft(actor: Actor, dossierId: string) {
  const dossier = await db.dossier.findFirst({
    where: { id: dossierId, applicantId: actor.userId, status: "DRAFT" },
    select: {
      id: true,
      formData: true,
      applicantName: true,
      applicantBirthDate: true,
      procedure: { select: { formDefinition: true, requiresPersonalPresence: true } },
    },
  });
  if (!dossier) throw notFound();
  return dossier;
}

/**
 * Saves one wizard step (one section of the e-form) of the applicant's own draft: only that
 * section's fields are validated and merged, so a citizen can stop after any step and go on
 * later, on another device.
 */
export async function saveDraftSection(
  actor: Actor,
  dossierId: string,
  sectionIndex: number,
  answers: Record<string, unknown>,
): Promise<{ ok: true } | { ok: false; fieldErrors: FieldErrors }> {
  const dossier = await loadDraft(actor, dossierId);
  const definition = formDefinitionSchema.parse(dossier.procedure.formDefinition);
  if (!Number.isInteger(sectionIndex) || !definition.sections[sectionIndex])
    throw new AppError("INVALID_INPUT", "Bước khai không hợp lệ.");
  const parsed = sectionSchemaFor(definition, sectionIndex).safeParse(answers);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  // The applicant is the signed-in citizen (loadDraft): what e-ID vouches for of them is stored,
  // and a different value is refused (lib/forms/verified-identity.ts).
  const verified = withVerifiedIdentity(definition.sections[sectionIndex].fields, parsed.data, {
    fullName: dossier.applicantName,
    personalId: actor.personalId,
    dateOfBirth: dossier.applicantBirthDate?.toISOString().slice(0, 10),
  });
  if (Object.keys(verified.fieldErrors).length) return { ok: false, fieldErrors: verified.fieldErrors };
  const formData = { ...((dossier.formData ?? {}) as Record<string, string>), ...verified.answers };
  await db.dossier.update({ where: { id: dossier.id }, data: { formData } });
  return { ok: true };
}

export async function saveDraftDelivery(actor: Actor, dossierId: string, resultDelivery: string) {
  const dossier = await loadDraft(actor, dossierId);
  if (!isResultDelivery(resultDelivery)) throw fieldError("resultDelivery", "Vui lòng chọn hình thức nhận kết quả.");
  assertDeliveryAllowed(dossier.procedure, { resultByPost: resultDelivery === "POST" }, "APPLICANT");
  await db.dossier.update({ where: { id: dossier.id }, data: { resultDelivery } });
}
