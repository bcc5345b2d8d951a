import "server-only";
import type { Tx } from "../db/create-client";
import { AppError } from "../errors";
import { formDefinitionSchema } from "../forms/definition";
import { quotedPostage } from "../postal/quoted-postage";
import { billLines, billTotal, type Line } from "./bill-lines";

/**
 * The lines the dossier's bill has or would have now: its procedure's fees (per-unit fees times
 * the quantity the e-form gives) and the postage quoted for it. One home for the issued bill and
 * the preview shown before submission. Throws AppError (INVALID_INPUT) on a bad quantity.
 */
export async function currentBillLines(tx: Tx, dossierId: string): Promise<Line[]> {
  const dossier = await tx.dossier.findUniqueOrThrow({
    where: { id: dossierId },
    select: {
      formData: true,
      procedure: {
        select: {
          name: true,
          formDefinition: true,
          fees: {
            orderBy: [{ kind: "asc" }, { id: "asc" }],
            select: { kind: true, description: true, amountVnd: true, quantityField: true, unitName: true },
          },
        },
      },
    },
  });
  const definition = formDefinitionSchema.safeParse(dossier.procedure.formDefinition);
  const labels = definition.success
    ? Object.fromEntries(definition.data.sections.flatMap((s) => s.fields.map((f) => [f.name, f.label])))
    : {};
  const answers = dossier.formData && typeof dossier.formData === "object" ? dossier.formData : {};
  return billLines({
    procedureName: dossier.procedure.name,
    fees: dossier.procedure.fees,
    answers: answers as Record<string, unknown>,
    labels,
    postage: await quotedPostage(tx, dossierId),
  });
}

/**
 * Issues the dossier's bill from its procedure's fees and its postage, once: the amounts are
 * frozen at the moment payment is asked, so a later change of the catalogue does not change
 * what the citizen was told to pay. Refused when there is nothing to pay, or when a quantity
 * the fee depends on is not a whole number of units (nothing is stored then).
 */
export async function issueBill(tx: Tx, dossierId: string) {
  const existing = await tx.bill.findUnique({ where: { dossierId }, select: { id: true } });
  if (existing) return existing;
  const lines = await currentBillLines(tx, dossierId);
  if (lines.length === 0)
    throw new AppError("TRANSITION_NOT_ALLOWED", "Thủ tục này không thu phí, lệ phí: không có gì để yêu cầu nộp.");
  return tx.bill.create({
    data: {
      dossierId,
      totalVnd: billTotal(lines),
      lines: { create: lines.map((l, position) => ({ ...l, position })) },
    },
    select: { id: true },
  });
}
