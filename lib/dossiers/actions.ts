"use server";
// Thin server actions: parse input, call a command, map expected errors to messages,
// revalidate, redirect. Authorisation happens in the commands, which take the actor.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireActor } from "../auth/actor";
import { userMessage } from "../errors";
import type { Dictionary } from "../i18n";
import { getDictionary, localizedUserMessage } from "../i18n/server";
import { assignSpecialist } from "./commands/assign-specialist";
import { createDraft } from "./commands/create-draft";
import { returnResultAtCounter } from "./commands/return-result";
import { deleteDraft } from "./commands/delete-draft";
import { saveDraftSection, type FieldErrors } from "./commands/save-draft-form";
import { saveDeliveryChoice } from "../postal/commands/save-delivery-choice";
import { submitDossier } from "./commands/submit-dossier";
import { takeStaffAction } from "./commands/take-staff-action";
import { withdrawDossier } from "./commands/withdraw-dossier";
import { WORKFLOW_ACTIONS } from "./workflow";

export type ActionState = { error?: string; fieldErrors?: FieldErrors; ok?: boolean };

// The citizen-facing schemas take their messages from the request's dictionary (lib/i18n).
const startSchema = (t: Dictionary) => z.object({ procedureCode: z.string().min(1), agencyId: z.string().min(1, t.wizard.chooseAgencyError) });

export async function startDossierAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = startSchema(await getDictionary()).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.issues[0].message };
  let id: string;
  try {
    const actor = await requireActor();
    id = await createDraft(actor, parsed.data);
  } catch (e) {
    return { error: await localizedUserMessage(e) };
  }
  redirect(`/ho-so/${id}`);
}

/** Saves one wizard step; the form's own zod schema runs again here, whatever the browser did. */
export async function saveDraftSectionAction(dossierId: string, sectionIndex: number, answers: Record<string, string>): Promise<ActionState> {
  try {
    const actor = await requireActor();
    const result = await saveDraftSection(actor, dossierId, sectionIndex, answers);
    if (!result.ok) return { error: (await getDictionary()).wizard.checkFields, fieldErrors: result.fieldErrors };
  } catch (e) {
    return { error: await localizedUserMessage(e) };
  }
  revalidatePath(`/ho-so/${dossierId}`);
  return { ok: true };
}

export async function saveDeliveryAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const dossierId = String(formData.get("dossierId") ?? "");
  const next = Number(formData.get("next"));
  try {
    const actor = await requireActor();
    // With the post, the address and the postage are checked and stored by lib/postal (issue 6).
    await saveDeliveryChoice(actor, dossierId, { resultDelivery: String(formData.get("resultDelivery") ?? ""), dossierByPost: formData.get("dossierByPost") === "1", address: Object.fromEntries(formData) });
  } catch (e) {
    return { error: await localizedUserMessage(e) };
  }
  redirect(`/ho-so/${dossierId}?buoc=${Number.isInteger(next) ? next : 1}`);
}

export async function deleteDraftAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const actor = await requireActor();
    await deleteDraft(actor, String(formData.get("dossierId") ?? ""));
  } catch (e) {
    return { error: await localizedUserMessage(e) };
  }
  revalidatePath("/ho-so");
  redirect("/ho-so?da-xoa=1");
}

/**
 * Files the draft and answers with its code alone; the button then opens the dossier page. Not
 * a redirect: Next.js answers an action's redirect by fetching the target page from its own
 * server over HTTP and relaying it, a second request inside every submission (decision 018).
 * The "Hồ sơ của tôi" list is rendered per request, so there is no cached copy to revalidate.
 */
export async function submitDossierAction(dossierId: string): Promise<ActionState & { code?: string }> {
  try {
    const actor = await requireActor();
    return { ok: true, code: (await submitDossier(actor, dossierId)).code };
  } catch (e) {
    return { error: await localizedUserMessage(e) };
  }
}

const staffActionSchema = z.object({
  dossierId: z.string().min(1),
  action: z.enum(WORKFLOW_ACTIONS as [string, ...string[]]),
  version: z.coerce.number().int().min(0),
  note: z.string().max(4000, "Nội dung tối đa 4000 ký tự.").optional(),
});

export async function staffAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = staffActionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.issues[0].message };
  const { dossierId, action, version, note } = parsed.data;
  try {
    const actor = await requireActor();
    await takeStaffAction(actor, dossierId, action as (typeof WORKFLOW_ACTIONS)[number], { note, version });
  } catch (e) {
    return { error: userMessage(e) };
  }
  revalidatePath(`/can-bo/ho-so/${dossierId}`);
  revalidatePath("/can-bo");
  return { ok: true };
}

const withdrawSchema = ({ dossierForms: { withdraw: t } }: Dictionary) =>
  z.object({
    dossierId: z.string().min(1),
    version: z.coerce.number().int().min(0),
    reason: z.string().trim().min(1, t.reasonRequired).max(1000, t.reasonTooLong),
  });

export async function withdrawDossierAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = withdrawSchema(await getDictionary()).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.issues[0].message };
  try {
    const actor = await requireActor();
    await withdrawDossier(actor, parsed.data.dossierId, parsed.data);
  } catch (e) {
    return { error: await localizedUserMessage(e) };
  }
  revalidatePath(`/ho-so/${parsed.data.dossierId}`);
  return { ok: true };
}

const assignSchema = z.object({
  dossierId: z.string().min(1),
  version: z.coerce.number().int().min(0),
  assigneeId: z.string().min(1, "Vui lòng chọn chuyên viên xử lý."),
  note: z.string().max(1000, "Ghi chú tối đa 1000 ký tự.").optional(),
});

export async function assignSpecialistAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = assignSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.issues[0].message };
  const { dossierId, ...input } = parsed.data;
  try {
    const actor = await requireActor();
    await assignSpecialist(actor, dossierId, input);
  } catch (e) {
    return { error: userMessage(e) };
  }
  revalidatePath(`/can-bo/ho-so/${dossierId}`);
  revalidatePath("/can-bo");
  return { ok: true };
}

const returnSchema = z.object({
  dossierId: z.string().min(1),
  version: z.coerce.number().int().min(0),
  recipientPersonalId: z.string().trim().regex(/^\d{12}$/, "Số định danh cá nhân của người nhận phải gồm đúng 12 chữ số."),
  recipientName: z.string().trim().min(2, "Vui lòng nhập họ và tên người nhận kết quả.").max(200, "Họ và tên tối đa 200 ký tự."),
  authorisation: z.string().max(500, "Thông tin giấy ủy quyền tối đa 500 ký tự.").optional(),
});

export async function returnResultAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = returnSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.issues[0].message };
  const { dossierId, ...input } = parsed.data;
  try {
    const actor = await requireActor();
    await returnResultAtCounter(actor, dossierId, input);
  } catch (e) {
    return { error: userMessage(e) };
  }
  revalidatePath(`/can-bo/ho-so/${dossierId}`);
  revalidatePath("/can-bo");
  return { ok: true };
}
