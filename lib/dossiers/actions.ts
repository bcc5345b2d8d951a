"use server";
// Thin server actions: parse input, call a command, map expected errors to messages,
// revalidate, redirect (lib/actions/safe-action.ts). Authorisation happens in the commands,
// which take the actor.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runCommand, safeAction, type FormAction } from "../actions/safe-action";
import type { FieldErrors } from "../forms/field-errors";
import type { Dictionary } from "../i18n";
import { getDictionary, localizedUserMessage } from "../i18n/server";
import { assignSpecialist } from "./commands/assign-specialist";
import { createDraft } from "./commands/create-draft";
import { returnResultAtCounter } from "./commands/return-result";
import { deleteDraft } from "./commands/delete-draft";
import { saveDraftSection } from "./commands/save-draft-form";
import { saveDeliveryChoice } from "../postal/commands/save-delivery-choice";
import { submitDossier } from "./commands/submit-dossier";
import { takeStaffAction } from "./commands/take-staff-action";
import { withdrawDossier } from "./commands/withdraw-dossier";
import { WORKFLOW_ACTIONS } from "./workflow";

export type ActionState = { error?: string; fieldErrors?: FieldErrors; ok?: boolean };

const staffPages = (dossierId: string) => [`/can-bo/ho-so/${dossierId}`, "/can-bo"];

// The citizen-facing schemas take their messages from the request's dictionary (lib/i18n).
const startSchema = (t: Dictionary) => z.object({ procedureCode: z.string().min(1), agencyId: z.string().min(1, t.wizard.chooseAgencyError) });

export const startDossierAction: FormAction<ActionState> = safeAction(
  async () => startSchema(await getDictionary()),
  (actor, input) => createDraft(actor, input),
  { describe: localizedUserMessage, done: (id) => redirect(`/ho-so/${id}`) },
);

/** Saves one wizard step; the form's own zod schema runs again here, whatever the browser did. */
export async function saveDraftSectionAction(dossierId: string, sectionIndex: number, answers: Record<string, string>): Promise<ActionState> {
  const saved = await runCommand((actor) => saveDraftSection(actor, dossierId, sectionIndex, answers), localizedUserMessage);
  if (!saved.ok) return saved.refusal;
  if (!saved.value.ok) return { error: (await getDictionary()).wizard.checkFields, fieldErrors: saved.value.fieldErrors };
  revalidatePath(`/ho-so/${dossierId}`);
  return { ok: true };
}

export async function saveDeliveryAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const dossierId = String(formData.get("dossierId") ?? "");
  const next = Number(formData.get("next"));
  // With the post, the address and the postage are checked and stored by lib/postal.
  const choice = { resultDelivery: String(formData.get("resultDelivery") ?? ""), dossierByPost: formData.get("dossierByPost") === "1", address: Object.fromEntries(formData) };
  const saved = await runCommand((actor) => saveDeliveryChoice(actor, dossierId, choice), localizedUserMessage);
  if (!saved.ok) return saved.refusal;
  redirect(`/ho-so/${dossierId}?buoc=${Number.isInteger(next) ? next : 1}`);
}

export async function deleteDraftAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const deleted = await runCommand((actor) => deleteDraft(actor, String(formData.get("dossierId") ?? "")), localizedUserMessage);
  if (!deleted.ok) return deleted.refusal;
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
  const submitted = await runCommand((actor) => submitDossier(actor, dossierId), localizedUserMessage);
  return submitted.ok ? { ok: true, code: submitted.value.code } : submitted.refusal;
}

const staffActionSchema = z.object({
  dossierId: z.string().min(1),
  action: z.enum(WORKFLOW_ACTIONS),
  version: z.coerce.number().int().min(0),
  note: z.string().max(4000, "Nội dung tối đa 4000 ký tự.").optional(),
});

export const staffAction: FormAction<ActionState> = safeAction(
  staffActionSchema,
  (actor, { dossierId, action, version, note }) => takeStaffAction(actor, dossierId, action, { note, version }),
  { revalidate: ({ dossierId }) => staffPages(dossierId) },
);

const withdrawSchema = ({ dossierForms: { withdraw: t } }: Dictionary) =>
  z.object({
    dossierId: z.string().min(1),
    version: z.coerce.number().int().min(0),
    reason: z.string().trim().min(1, t.reasonRequired).max(1000, t.reasonTooLong),
  });

export const withdrawDossierAction: FormAction<ActionState> = safeAction(
  async () => withdrawSchema(await getDictionary()),
  (actor, input) => withdrawDossier(actor, input.dossierId, input),
  { describe: localizedUserMessage, revalidate: ({ dossierId }) => [`/ho-so/${dossierId}`] },
);

const assignSchema = z.object({
  dossierId: z.string().min(1),
  version: z.coerce.number().int().min(0),
  assigneeId: z.string().min(1, "Vui lòng chọn chuyên viên xử lý."),
  note: z.string().max(1000, "Ghi chú tối đa 1000 ký tự.").optional(),
});

export const assignSpecialistAction: FormAction<ActionState> = safeAction(
  assignSchema,
  (actor, { dossierId, ...input }) => assignSpecialist(actor, dossierId, input),
  { revalidate: ({ dossierId }) => staffPages(dossierId) },
);

const returnSchema = z.object({
  dossierId: z.string().min(1),
  version: z.coerce.number().int().min(0),
  recipientPersonalId: z.string().trim().regex(/^\d{12}$/, "Số định danh cá nhân của người nhận phải gồm đúng 12 chữ số."),
  recipientName: z.string().trim().min(2, "Vui lòng nhập họ và tên người nhận kết quả.").max(200, "Họ và tên tối đa 200 ký tự."),
  authorisation: z.string().max(500, "Thông tin giấy ủy quyền tối đa 500 ký tự.").optional(),
});

export const returnResultAction: FormAction<ActionState> = safeAction(
  returnSchema,
  (actor, { dossierId, ...input }) => returnResultAtCounter(actor, dossierId, input),
  { revalidate: ({ dossierId }) => staffPages(dossierId) },
);
