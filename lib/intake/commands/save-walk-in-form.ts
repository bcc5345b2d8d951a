import "server-only";
import type { Actor } from "../../auth/actor";
import { db } from "../../db";
import { AppError, notFound } from "../../errors";
import { formDefinitionSchema } from "../../forms/definition";
import { fieldErrorsOf, type FieldErrors } from "../../forms/field-errors";
import { formSchemaFor } from "../../forms/to-zod";
import { walkInDraftScope } from "../../dossiers/walk-in-access";

/**
 * Saves the e-form the officer types from the paper declaration, all sections at once (a
 * counter works at a desk, not step by step). The procedure's own schema checks it, required
 * fields included; nothing is stored unless every answer passes.
 */
export async function saveWalkInForm(
  actor: Actor,
  dossierId: string,
  answers: Record<string, unknown>,
): Promise<{ ok: true } | { ok: false; fieldErrors: FieldErrors }> {
  const dossier = await db.dossier.findFirst({
    where: { id: dossierId, ...walkInDraftScope(actor) },
    select: { id: true, procedure: { select: { formDefinition: true } } },
  });
  if (!dossier) throw notFound();
  if (typeof answers !== "object" || answers === null) throw new AppError("INVALID_INPUT", "Tờ khai không hợp lệ.");
  const parsed = formSchemaFor(formDefinitionSchema.parse(dossier.procedure.formDefinition)).safeParse(answers);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  // Guarded by the same scope: a draft received meanwhile keeps the answers it was received with.
  const saved = await db.dossier.updateMany({
    where: { id: dossier.id, ...walkInDraftScope(actor) },
    data: { formData: parsed.data },
  });
  if (saved.count !== 1) throw notFound();
  return { ok: true };
}
