import "server-only";
import type { Actor } from "../../auth/actor";
import { db } from "../../db";
import { saveDraftDelivery } from "../../dossiers/commands/save-draft-form";
import { AppError, notFound } from "../../errors";
import { parsePostalAddress } from "../address";
import { agencyPlace, quotePostage } from "../quote";
import { RESULT_WEIGHT_GRAMS } from "../tariff";

export type DeliveryChoiceInput = {
  resultDelivery: string;
  /** "Gửi hồ sơ giấy qua bưu chính": the paper dossier travels to the agency by post. */
  dossierByPost: boolean;
  address: Record<string, unknown>;
};

/**
 * The delivery step of the online wizard: how the result comes back and whether the paper
 * dossier is sent by post. With the post, the address must be complete and valid, and the
 * postage is priced now from the tariff (DOMAIN.md §6). Everything is checked before anything
 * is written, so a bad input stores nothing.
 */
export async function saveDeliveryChoice(actor: Actor, dossierId: string, input: DeliveryChoiceInput) {
  const resultByPost = input.resultDelivery === "POST";
  const draft = await db.dossier.findFirst({
    where: { id: dossierId, applicantId: actor.userId, status: "DRAFT" },
    select: { id: true, procedure: { select: { requiresPersonalPresence: true } }, agency: { select: { unitCode: true } } },
  });
  if (!draft) throw notFound();
  if (!resultByPost && !input.dossierByPost) {
    await saveDraftDelivery(actor, dossierId, input.resultDelivery);
    await db.postalChoice.deleteMany({ where: { dossierId } });
    return;
  }
  // QĐ 45/2016/QĐ-TTg Art. 3: not for procedures where the applicant must come in person.
  if (input.dossierByPost && draft.procedure.requiresPersonalPresence) {
    throw new AppError("INVALID_INPUT", "Thủ tục này yêu cầu có mặt trực tiếp nên không gửi hồ sơ giấy qua bưu chính.");
  }
  const parsed = parsePostalAddress(input.address);
  if (!parsed.ok) throw new AppError("INVALID_INPUT", parsed.error);
  const a = parsed.address;
  const commune = await db.administrativeUnit.findUnique({ where: { code: a.communeCode }, select: { level: true, parentCode: true } });
  if (!commune || commune.level !== "COMMUNE" || commune.parentCode !== a.provinceCode) {
    throw new AppError("INVALID_INPUT", "Xã, phường đã chọn không thuộc tỉnh, thành phố đã chọn.");
  }
  const quote = await quotePostage(db, await agencyPlace(db, draft.agency.unitCode), { provinceCode: a.provinceCode, communeCode: a.communeCode }, RESULT_WEIGHT_GRAMS);
  // Refuses POST for a personal-presence procedure, or an unknown choice, before the choice is written.
  await saveDraftDelivery(actor, dossierId, input.resultDelivery);
  const data = {
    resultByPost, dossierByPost: input.dossierByPost, ...a,
    zone: quote.zone, weightGrams: RESULT_WEIGHT_GRAMS, postageVnd: resultByPost ? quote.priceVnd : 0, payer: "CITIZEN" as const, quotedAt: new Date(),
  };
  await db.postalChoice.upsert({ where: { dossierId }, create: { dossierId, ...data }, update: data });
}
