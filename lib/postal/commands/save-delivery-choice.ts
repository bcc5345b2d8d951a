import "server-only";
import type { Actor } from "../../auth/actor";
import { db } from "../../db";
import type { Db, Tx } from "../../db/create-client";
import { saveDraftDelivery } from "../../dossiers/commands/save-draft-form";
import { assertDeliveryAllowed } from "../../dossiers/delivery-rules";
import { notFound } from "../../errors";
import { AdminInputError, fieldError } from "../../forms/input-error";
import { walkInDraftScope } from "../../dossiers/walk-in-access";
import { parsePostalAddress } from "../address";
import { agencyPlace, quotePostage } from "../quote";
import { RESULT_WEIGHT_GRAMS } from "../tariff";

export type DeliveryChoiceInput = {
  resultDelivery: string;
  /** "Gửi hồ sơ giấy qua bưu chính": the paper dossier travels to the agency by post. */
  dossierByPost: boolean;
  address: Record<string, unknown>;
};

export type PreparedChoice = Awaited<ReturnType<typeof preparePostalChoice>>;

/**
 * A postal choice checked and priced, not yet written: the address must be complete and valid
 * (the commune within the province), and the postage is priced now from the tariff (QĐ 45/2016/QĐ-TTg).
 */
export async function preparePostalChoice(
  agencyUnitCode: string,
  input: { resultByPost: boolean; dossierByPost: boolean; address: Record<string, unknown> },
) {
  const parsed = parsePostalAddress(input.address);
  // Each field at fault is named, so the form shows its message beside it (issue 25).
  if (!parsed.ok) throw new AdminInputError(parsed.error, parsed.fieldErrors);
  const a = parsed.address;
  const commune = await db.administrativeUnit.findUnique({
    where: { code: a.communeCode },
    select: { level: true, parentCode: true },
  });
  if (!commune || commune.level !== "COMMUNE" || commune.parentCode !== a.provinceCode) {
    throw fieldError("communeCode", "Xã, phường đã chọn không thuộc tỉnh, thành phố đã chọn.");
  }
  const quote = await quotePostage(
    db,
    await agencyPlace(db, agencyUnitCode),
    { provinceCode: a.provinceCode, communeCode: a.communeCode },
    RESULT_WEIGHT_GRAMS,
  );
  return {
    resultByPost: input.resultByPost,
    dossierByPost: input.dossierByPost,
    ...a,
    zone: quote.zone,
    weightGrams: RESULT_WEIGHT_GRAMS,
    postageVnd: input.resultByPost ? quote.priceVnd : 0,
    payer: "CITIZEN" as const,
    quotedAt: new Date(),
  };
}

export async function storePostalChoice(client: Db | Tx, dossierId: string, data: PreparedChoice) {
  await client.postalChoice.upsert({ where: { dossierId }, create: { dossierId, ...data }, update: data });
}

/**
 * The delivery step of the online wizard: how the result comes back and whether the paper
 * dossier is sent by post. Everything is checked before anything is written, so a bad input
 * stores nothing.
 */
export async function saveDeliveryChoice(actor: Actor, dossierId: string, input: DeliveryChoiceInput) {
  const resultByPost = input.resultDelivery === "POST";
  const draft = await db.dossier.findFirst({
    where: { id: dossierId, applicantId: actor.userId, status: "DRAFT" },
    select: {
      id: true,
      procedure: { select: { requiresPersonalPresence: true } },
      agency: { select: { unitCode: true } },
    },
  });
  if (!draft) throw notFound();
  if (!resultByPost && !input.dossierByPost) {
    await saveDraftDelivery(actor, dossierId, input.resultDelivery);
    await db.postalChoice.deleteMany({ where: { dossierId } });
    return;
  }
  assertDeliveryAllowed(draft.procedure, { dossierByPost: input.dossierByPost }, "APPLICANT");
  const data = await preparePostalChoice(draft.agency.unitCode, {
    resultByPost,
    dossierByPost: input.dossierByPost,
    address: input.address,
  });
  // Refuses POST for a personal-presence procedure, or an unknown choice, before the choice is written.
  await saveDraftDelivery(actor, dossierId, input.resultDelivery);
  await storePostalChoice(db, dossierId, data);
}

/**
 * At the counter ("Tiếp nhận" of a walk-in dossier with the result by post): the same checks,
 * for the officer of the receiving counter; written by receiveAtCounter in its transaction.
 */
export async function prepareCounterPostalChoice(actor: Actor, dossierId: string, address: Record<string, unknown>) {
  const d = await db.dossier.findFirst({
    where: { AND: [{ id: dossierId }, walkInDraftScope(actor)] },
    select: { agency: { select: { unitCode: true } } },
  });
  if (!d) throw notFound();
  return preparePostalChoice(d.agency.unitCode, { resultByPost: true, dossierByPost: false, address });
}
