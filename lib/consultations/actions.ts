"use server";
import { z } from "zod";
import { safeAction, type FormAction } from "../actions/safe-action";
import type { ActionState } from "../dossiers/actions";
import { answerOpinion } from "./answer-opinion";
import { requestOpinions } from "./request-opinions";

const requestSchema = z.object({
  dossierId: z.string().min(1),
  version: z.coerce.number().int().min(0),
  agencyIds: z.array(z.string().min(1)).min(1, "Vui lòng chọn ít nhất một cơ quan cần xin ý kiến."),
  question: z
    .string()
    .trim()
    .min(5, "Vui lòng nêu rõ nội dung cần xin ý kiến (ít nhất 5 ký tự).")
    .max(4000, "Nội dung tối đa 4000 ký tự."),
  workingDays: z.coerce
    .number({ error: "Thời hạn trả lời phải là số ngày làm việc." })
    .int("Thời hạn trả lời phải là số nguyên ngày làm việc."),
});

/** One question to several agencies at once, each with the same deadline in working days. */
export const requestOpinionsAction: FormAction<ActionState> = safeAction(
  requestSchema,
  (actor, { dossierId, version, agencyIds, question, workingDays }) =>
    requestOpinions(actor, dossierId, {
      version,
      requests: agencyIds.map((agencyId) => ({ agencyId, question, workingDays })),
    }),
  {
    read: (formData) => ({ ...Object.fromEntries(formData), agencyIds: formData.getAll("agencyIds") }),
    revalidate: ({ dossierId }) => [`/can-bo/ho-so/${dossierId}`],
  },
);

const answerSchema = z.object({
  consultationId: z.string().min(1),
  dossierId: z.string().min(1),
  answer: z
    .string()
    .trim()
    .min(2, "Vui lòng nhập nội dung ý kiến trả lời.")
    .max(4000, "Ý kiến trả lời tối đa 4000 ký tự."),
});

export const answerOpinionAction: FormAction<ActionState> = safeAction(
  answerSchema,
  (actor, { consultationId, answer }) => answerOpinion(actor, consultationId, { answer }),
  { revalidate: ({ dossierId }) => [`/can-bo/ho-so/${dossierId}`, "/can-bo"] },
);
