"use server";
import { z } from "zod";
import { safeAction, type FormAction } from "../actions/safe-action";
import type { ActionState } from "../dossiers/actions";
import { answerSupplement } from "./answer-supplement";
import { requestSupplement } from "./request-supplement";

const RELOAD = "Dữ liệu không hợp lệ. Vui lòng tải lại trang.";
const dossierVersion = z.object({
  dossierId: z.string(),
  version: z.coerce.number({ error: RELOAD }).int(RELOAD).min(0, RELOAD),
});
const readDossierVersion = (formData: FormData) => ({
  dossierId: String(formData.get("dossierId") ?? ""),
  version: formData.get("version"),
});

/** Reads the officer's checklist: a checkbox and a reason per component, plus one free item. */
function checklistOf(formData: FormData) {
  const items: { componentId?: string; label?: string; reason: string }[] = formData
    .getAll("componentId")
    .map(String)
    .map((componentId) => ({ componentId, reason: String(formData.get(`reason-${componentId}`) ?? "") }));
  const otherLabel = String(formData.get("otherLabel") ?? "").trim();
  const otherReason = String(formData.get("otherReason") ?? "").trim();
  if (otherLabel || otherReason) items.push({ label: otherLabel, reason: otherReason });
  return items;
}

export const requestSupplementAction: FormAction<ActionState> = safeAction(
  dossierVersion,
  (actor, { dossierId, version }, formData) =>
    requestSupplement(actor, dossierId, {
      items: checklistOf(formData),
      note: String(formData.get("note") ?? ""),
      version,
    }),
  { read: readDossierVersion, revalidate: ({ dossierId }) => [`/can-bo/ho-so/${dossierId}`] },
);

export const answerSupplementAction: FormAction<ActionState> = safeAction(
  dossierVersion,
  (actor, { dossierId, version }) => answerSupplement(actor, dossierId, { version }),
  { read: readDossierVersion, revalidate: ({ dossierId }) => [`/ho-so/${dossierId}`] },
);
