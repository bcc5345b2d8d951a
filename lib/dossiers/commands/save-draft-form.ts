import "server-only";
import type { Actor } from "../../auth/actor";
import { db } from "../../db";
import { AppError, notFound } from "../../errors";
import { formDefinitionSchema } from "../../forms/definition";
import { formSchemaFor } from "../../forms/to-zod";
import type { ResultDelivery } from "../../generated/prisma/enums";

export type FieldErrors = Record<string, string>;

/** Saves the e-form answers of the applicant's own draft, validated by the procedure's schema. */
export async function saveDraftForm(
  actor: Actor,
  dossierId: string,
  answers: Record<string, unknown>,
  resultDelivery: ResultDelivery,
): Promise<{ ok: true } | { ok: false; fieldErrors: FieldErrors }> {
  const dossier = await db.dossier.findFirst({
    where: { id: dossierId, applicantId: actor.userId, status: "DRAFT" },
    select: { id: true, procedure: { select: { formDefinition: true } } },
  });
  if (!dossier) throw notFound();
  const schema = formSchemaFor(formDefinitionSchema.parse(dossier.procedure.formDefinition));
  const parsed = schema.safeParse(answers);
  if (!parsed.success) {
    const fieldErrors: FieldErrors = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { ok: false, fieldErrors };
  }
  if (!["COUNTER", "POST", "ELECTRONIC"].includes(resultDelivery)) {
    throw new AppError("INVALID_INPUT", "Hình thức nhận kết quả không hợp lệ.");
  }
  await db.dossier.update({ where: { id: dossier.id }, data: { formData: parsed.data, resultDelivery } });
  return { ok: true };
}
