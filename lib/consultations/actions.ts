"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "../auth/actor";
import type { ActionState } from "../dossiers/actions";
import { userMessage } from "../errors";
import { answerOpinion } from "./answer-opinion";
import { requestOpinions } from "./request-opinions";

const requestSchema = z.object({
  dossierId: z.string().min(1),
  version: z.coerce.number().int().min(0),
  agencyIds: z.array(z.string().min(1)).min(1, "Vui lòng chọn ít nhất một cơ quan cần xin ý kiến."),
  question: z.string().trim().min(5, "Vui lòng nêu rõ nội dung cần xin ý kiến (ít nhất 5 ký tự).").max(4000, "Nội dung tối đa 4000 ký tự."),
  workingDays: z.coerce.number({ error: "Thời hạn trả lời phải là số ngày làm việc." }).int("Thời hạn trả lời phải là số nguyên ngày làm việc."),
});

/** One question to several agencies at once, each with the same deadline in working days. */
export async function requestOpinionsAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = requestSchema.safeParse({ ...Object.fromEntries(formData), agencyIds: formData.getAll("agencyIds") });
  if (!parsed.success) return { error: parsed.error.issues[0].message };
  const { dossierId, version, agencyIds, question, workingDays } = parsed.data;
  try {
    const actor = await requireActor();
    await requestOpinions(actor, dossierId, { version, requests: agencyIds.map((agencyId) => ({ agencyId, question, workingDays })) });
  } catch (e) {
    return { error: userMessage(e) };
  }
  revalidatePath(`/can-bo/ho-so/${dossierId}`);
  return { ok: true };
}

const answerSchema = z.object({
  consultationId: z.string().min(1),
  dossierId: z.string().min(1),
  answer: z.string().trim().min(2, "Vui lòng nhập nội dung ý kiến trả lời.").max(4000, "Ý kiến trả lời tối đa 4000 ký tự."),
});

export async function answerOpinionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = answerSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.issues[0].message };
  try {
    const actor = await requireActor();
    await answerOpinion(actor, parsed.data.consultationId, { answer: parsed.data.answer });
  } catch (e) {
    return { error: userMessage(e) };
  }
  revalidatePath(`/can-bo/ho-so/${parsed.data.dossierId}`);
  revalidatePath("/can-bo");
  return { ok: true };
}
