"use server";
// Thin server actions: parse input, call a command, map expected errors to messages,
// revalidate, redirect (lib/actions/safe-action.ts). Authorisation happens in the commands,
// which take the actor.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runCommand, safeAction, type FormAction } from "../actions/safe-action";
import { fieldErrorsOf, type FieldErrors } from "../forms/field-errors";
import type { Dictionary } from "../i18n";
import { getDictionary, localizedUserMessage } from "../i18n/server";
import { assignSpecialist } from "./commands/assign-specialist";
import { createDraft } from "./commands/create-draft";
import { returnResultAtCounter } from "./commands/return-result";
import { deleteDraft } from "./commands/delete-draft";
import { saveDraftSection } from "./commands/save-draft-form";
import { withdrawDossier } from "./commands/withdraw-dossier";

export type ActionState = { error?: string; fieldErrors?: FieldErrors; ok?: boolean };

const staffPages = (dossierId: string) => [`/can-bo/ho-so/${dossierId}`, "/can-bo"];

// The citizen-facing schemas take their messages from the request's dictionary (lib/i18n).
const startSchema = (t: Dictionary) =>
  z.object({ procedureCode: z.string().min(1), agencyId: z.string().min(1, t.wizard.chooseAgencyError) });

export const startDossierAction: FormAction<ActionState> = safeAction(
  async () => startSchema(await getDictionary()),
  (actor, input) => createDraft(actor, input),
  {
    describe: localizedUserMessage,
    done: (id) => redirect(`/ho-so/${id}`),
    // The message goes beside the agency list and into the form's error summary.
    invalid: (error) => ({ error: error.issues[0].message, fieldErrors: fieldErrorsOf(error) }),
  },
);

/** Saves one wizard step; the form's own zod schema runs again here, whatever the browser did. */
export async function saveDraftSectionAction(
  dossierId: string,
  sectionIndex: number,
  answers: Record<string, string>,
): Promise<ActionState> {
  const saved = await runCommand(
    (actor) => saveDraftSection(actor, dossierId, sectionIndex, answers),
    localizedUserMessage,
  );
  if (!saved.ok) return saved.refusal;
  if (!saved.value.ok)
    return { error: (await getDictionary()).wizard.checkFields, fieldErrors: saved.value.fieldErrors };
  revalidatePath(`/ho-so/${dossierId}`);
  return { ok: true };
}

export async function deleteDraftAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const deleted = await runCommand(
    (actor) => deleteDraft(actor, String(formData.get("dossierId") ?? "")),
    localizedUserMessage,
  );
  if (!deleted.ok) return deleted.refusal;
  revalidatePath("/ho-so");
  redirect("/ho-so?da-xoa=1");
}

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
  recipientPersonalId: z
    .string()
    .trim()
    .regex(/^\d{12}$/, "Số định danh cá nhân của người nhận phải gồm đúng 12 chữ số."),
  recipientName: z
    .string()
    .trim()
    .min(2, "Vui lòng nhập họ và tên người nhận kết quả.")
    .max(200, "Họ và tên tối đa 200 ký tự."),
  authorisation: z.string().max(500, "Thông tin giấy ủy quyền tối đa 500 ký tự.").optional(),
});

export const returnResultAction: FormAction<ActionState> = safeAction(
  returnSchema,
  (actor, { dossierId, ...input }) => returnResultAtCounter(actor, dossierId, input),
  { revalidate: ({ dossierId }) => staffPages(dossierId) },
);
